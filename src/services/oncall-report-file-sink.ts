import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
