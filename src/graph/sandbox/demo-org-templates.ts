/**
 * Fixture: the shape of each demo organisation (departments, head counts, Czech job titles).
 * Keyed by the organisation id from config/demo.yaml; an organisation without a template gets GENERIC_TEMPLATE.
 * Titles are [masculine, feminine] pairs.
 */
export type Title = readonly [string, string];

export interface DepartmentTemplate {
  key: string;
  /** Department name; for per-site departments `{site}` is replaced by the site name. */
  name: string;
  headTitle: Title;
  titles: readonly Title[];
  /** Staff besides the head (personas placed here count towards it). */
  staff: number;
  /** Replicate the department at each site of the organisation ('all') or each remote site ('remote'). */
  perSite?: 'all' | 'remote';
}

export interface OrgTemplate {
  directorTitle: Title;
  directorDepartment: string;
  departments: readonly DepartmentTemplate[];
}

const CLERK: readonly Title[] = [['Referent', 'Referentka'], ['Odborný referent', 'Odborná referentka'], ['Specialista', 'Specialistka']];
const HEAD: Title = ['Vedoucí odboru', 'Vedoucí odboru'];
const ku = (key: string, name: string, staff: number, titles: readonly Title[] = CLERK): DepartmentTemplate =>
  ({ key, name, headTitle: HEAD, titles, staff });

export const IT_DEPARTMENT_KEY = 'oit';

export const ORG_TEMPLATES: Readonly<Record<string, OrgTemplate>> = {
  KU: {
    directorTitle: ['Ředitel krajského úřadu', 'Ředitelka krajského úřadu'],
    directorDepartment: 'Kancelář ředitele',
    departments: [
      {
        key: IT_DEPARTMENT_KEY, name: 'Odbor informatiky', headTitle: ['Vedoucí odboru informatiky', 'Vedoucí odboru informatiky'], staff: 18,
        titles: [['Technik service desku', 'Technička service desku'], ['Správce serverů', 'Správkyně serverů'],
          ['Síťový specialista', 'Síťová specialistka'], ['Aplikační specialista', 'Aplikační specialistka'], ['Správce identit', 'Správkyně identit']],
      },
      ku('regionalni-rozvoj', 'Odbor regionálního rozvoje', 30),
      ku('doprava', 'Odbor dopravy a silničního hospodářství', 30),
      ku('zivotni-prostredi', 'Odbor životního prostředí', 30),
      ku('skolstvi', 'Odbor školství, mládeže a sportu', 35),
      ku('socialni', 'Odbor sociálních věcí', 30),
      ku('zdravotnictvi', 'Odbor zdravotnictví', 20),
      ku('ekonomicky', 'Ekonomický odbor', 35, [['Účetní', 'Účetní'], ['Rozpočtář', 'Rozpočtářka'], ['Referent', 'Referentka']]),
      ku('pravni', 'Legislativní a právní odbor', 20, [['Právník', 'Právnička'], ['Referent', 'Referentka']]),
      ku('kultura', 'Odbor kultury, památkové péče a cestovního ruchu', 25),
      ku('vnitrni-sprava', 'Odbor vnitřní správy', 30),
      ku('kancelar-hejtmana', 'Kancelář hejtmana', 25, [['Asistent', 'Asistentka'], ['Referent', 'Referentka']]),
      ku('investice', 'Odbor investic a správy majetku', 25),
    ],
  },
  SUS: {
    directorTitle: ['Ředitel', 'Ředitelka'],
    directorDepartment: 'Ředitelství',
    departments: [
      { key: 'ekonomicky', name: 'Ekonomický úsek', headTitle: ['Vedoucí úseku', 'Vedoucí úseku'], titles: [['Účetní', 'Účetní'], ['Mzdový účetní', 'Mzdová účetní']], staff: 8 },
      { key: 'technicky', name: 'Technický úsek', headTitle: ['Vedoucí úseku', 'Vedoucí úseku'], titles: [['Technik', 'Technička'], ['Přípravář staveb', 'Přípravářka staveb']], staff: 8 },
      {
        key: 'cestmistrovstvi', name: '{site}', headTitle: ['Cestmistr', 'Cestmistrová'], staff: 13, perSite: 'all',
        titles: [['Silničář', 'Silničářka'], ['Řidič', 'Řidička'], ['Technik údržby', 'Technička údržby'], ['Mistr', 'Mistrová']],
      },
    ],
  },
  CN: {
    directorTitle: ['Ředitel', 'Ředitelka'],
    directorDepartment: 'Vedení',
    departments: [
      { key: 'zakazky', name: 'Oddělení veřejných zakázek', headTitle: ['Vedoucí oddělení', 'Vedoucí oddělení'], titles: [['Specialista veřejných zakázek', 'Specialistka veřejných zakázek']], staff: 9 },
      { key: 'nakup', name: 'Oddělení nákupu', headTitle: ['Vedoucí oddělení', 'Vedoucí oddělení'], titles: [['Nákupčí', 'Nákupčí'], ['Referent', 'Referentka']], staff: 8 },
    ],
  },
  ZH: {
    directorTitle: ['Generální ředitel', 'Generální ředitelka'],
    directorDepartment: 'Vedení holdingu',
    departments: [
      { key: 'ekonomicky', name: 'Ekonomický útvar', headTitle: ['Vedoucí útvaru', 'Vedoucí útvaru'], titles: [['Ekonom', 'Ekonomka'], ['Účetní', 'Účetní']], staff: 6 },
      { key: 'sprava', name: 'Útvar správy a provozu', headTitle: ['Vedoucí útvaru', 'Vedoucí útvaru'], titles: [['Referent', 'Referentka'], ['Technik', 'Technička']], staff: 5 },
      {
        key: 'nemocnice', name: 'Provozní úsek – {site}', headTitle: ['Provozní ředitel', 'Provozní ředitelka'], staff: 5, perSite: 'remote',
        titles: [['Referent', 'Referentka'], ['Zdravotní sestra', 'Zdravotní sestra'], ['Lékař', 'Lékařka'], ['Technik', 'Technička']],
      },
    ],
  },
};

export const GENERIC_TEMPLATE: OrgTemplate = {
  directorTitle: ['Ředitel', 'Ředitelka'],
  directorDepartment: 'Vedení',
  departments: [{ key: 'provoz', name: 'Provoz', headTitle: ['Vedoucí', 'Vedoucí'], titles: CLERK, staff: 10 }],
};
