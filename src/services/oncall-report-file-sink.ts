import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Language } from '../domain/tickets/ticket.js';
import type { FileDeliveryPort } from './file-delivery-port.js';
import type { ReportFileSink } from './oncall-report-service.js';

/** Writes export files into one directory (DATA_DIR/reports), atomically: a temp file, then a rename. */
export class DirectoryReportFileSink implements ReportFileSink {
  constructor(private readonly dir: string) {}

  async write(fileName: string, content: string): Promise<string> {
    if (!/^[\w.-]+$/u.test(fileName)) throw new Error(`unsafe report file name: ${fileName}`);
    await mkdir(this.dir, { recursive: true });
    const target = path.join(this.dir, fileName);
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, content, 'utf8');
    await rename(temp, target);
    return target;
  }
}

const DESCRIPTION = { cs: 'Výkaz pohotovosti pro mzdovou účtárnu (CSV pro Excel).', en: 'The standby report for payroll (CSV for Excel).' } as const;

/**
 * Writes the file on the server as before, and offers it to the person who asked, in their personal
 * chat (the file-consent flow): a failed offer is logged, the file on the server stays.
 */
export class DeliveredReportFileSink implements ReportFileSink {
  constructor(private readonly inner: ReportFileSink, private readonly files: FileDeliveryPort, private readonly logger: Logger) {}

  async write(fileName: string, content: string, recipient?: { id: string; lang: Language }): Promise<string> {
    const target = await this.inner.write(fileName, content);
    if (recipient) {
      const bytes = new TextEncoder().encode(content);
      await this.files.offer(recipient.id, { name: fileName, bytes, contentType: 'text/csv; charset=utf-8', description: DESCRIPTION[recipient.lang] })
        .catch((err: unknown) => this.logger.warn({ userId: recipient.id, err: (err as Error).message }, 'standby report not offered as a file'));
    }
    return target;
  }
}
