import type { IntentDeclaration } from '../../intents/intent-types.js';

/**
 * The vendors' questions the intent layer reads, beyond what VendorCommandRecognizer catches: a
 * vendor technician's tasks ("co na mě čeká") and vendor billing (a statement, or an organisation's
 * costs). Answered by VendorFeature.onIntent with the same checks as the recognised commands.
 */
export const VENDOR_INTENTS: readonly IntentDeclaration[] = [
  {
    id: 'reports.tasks', label: { cs: 'Moje úkoly', en: 'My tasks' },
    examples: ['moje úkoly', 'moje ukoly', 'úkoly', 'co mám udělat', 'co na mě čeká', 'co mám schválit', 'čeká něco na moje schválení', 'seznam úkolů',
      'úkoly pro mě', 'co mám dnes vyřídit', 'mé úkoly na dnešek', 'jaké mám úkoly', 'my tasks', 'my to-do', 'tasks for me', 'what do I need to approve',
      'pending approvals', 'what is on my plate',
      'co mám dneska udělat', 'moje úkoly prosím', 'čeká něco na mě?', 'mám něco ke schválení?', 'co musím vyřídit', 'úkoly na dnes', 'seznam mých úkolů', 'what are my tasks', 'anything for me to approve', 'my pending tasks',
      'Mohl byste mi ukázat moje úkoly?', 'chtěla bych seznam svých úkolů', 'prosím o moje úkoly', 'could you show my tasks', 'I would like to see my to-do list',
      'what is waiting for me', 'my to-do list', 'approvals waiting for me', 'what should I handle today as a lead',
      // more styles, written for the #24 dev round (past tense, word order, synonyms)
      'jaké zakázky mám přidělené', 'co mám dnes za výjezdy', 'moje zásahy na dnešek', 'čekají na mě nějaké úkoly?', 'what jobs are assigned to me', 'is anything waiting for my approval', 'co je potřeba schválit', 'úkoly ke schválení'],
  },
  {
    id: 'vendor.billing', label: { cs: 'Vyúčtování dodavatele', en: 'Vendor billing' }, slots: ['vendor', 'period', 'organisation'],
    examples: ['vyúčtování dodavatele za listopad', 'kolik nás stál SÚS za listopad?', 'vyúčtování dodavatelů', 'fakturace za servis', 'náklady na dodavatele',
      'kolik stál servis v Klatovech', 'vyúčtování PC Plzeň za říjen', 'kolik jsme platili dodavateli za minulý měsíc', 'faktura od IT Šumava',
      'cena servisních zásahů za Q3', 'výkaz práce dodavatele', 'kolik hodin odpracoval dodavatel', 'vendor billing for November', 'how much did the vendor cost',
      'supplier invoice last month', 'vendor costs in Q3', 'billing of Tachov IT servis',
      'vyúčtování za listopad dodavatel', 'kolik stál dodavatel za říjen', 'fakturace dodavatele', 'kolik nás stál servis', 'náklady na servis za Q3', 'vyúčtování IT Šumava', 'kolik jsme zaplatili PC Plzeň', 'vendor invoice', 'how much did we pay the supplier', 'supplier billing for October', 'vendor costs last month',
      'kolik jsme zaplatili dodavateli', 'vyúčtování servisu za listopad', 'faktura dodavatele za minulý měsíc', 'náklady na externí servis', 'kolik stála oprava od dodavatele', 'kolik stojí servis tento měsíc', 'vendor statement for November', 'supplier bill', 'how much do we owe the vendor', 'service costs by vendor',
      'Mohl byste mi dát vyúčtování dodavatele?', 'chtěla bych vědět, kolik stál dodavatel', 'prosím o vyúčtování servisu za říjen', 'could you show the vendor billing', 'I would like the supplier invoice for October',
      'vyuctovani dodavatele', 'kolik stal dodavatel', 'faktura za servis', 'vyúčtování externí firmy', 'vendor bill',
      'how much did the supplier cost last month', 'vendor costs for November', 'invoice of the service company', 'what do we pay the vendor',
      'kolik nás stál servis za říjen', 'kolik stála SÚS servisní firma', 'kolik jsme dali dodavateli', 'vyúčtování od dodavatele',
      // more styles, written for the #24 dev round (past tense, word order, synonyms)
      'kolik stál servis za říjen', 'náklady na externí servis', 'what did we pay the vendor in November', 'faktura za servis v Rokycanech', 'vyúčtování servisní firmy'],
  },
];
