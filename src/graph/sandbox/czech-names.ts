/** Name lists for the generated demo directory (fixtures, not logic). Surnames carry their feminine form. */
export interface CzechNameLists {
  readonly maleGiven: readonly string[];
  readonly femaleGiven: readonly string[];
  /** [masculine, feminine] pairs, e.g. ["Novák", "Nováková"]. */
  readonly surnames: readonly (readonly [string, string])[];
}

export const CZECH_NAMES: CzechNameLists = {
  maleGiven: [
    'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Jiří', 'Miroslav', 'Zdeněk',
    'Václav', 'Michal', 'František', 'Karel', 'Milan', 'Lukáš', 'David', 'Jakub', 'Ondřej', 'Vladimír',
    'Stanislav', 'Roman', 'Radek', 'Marek', 'Daniel', 'Aleš', 'Libor', 'Luboš', 'Vojtěch', 'Filip',
  ],
  femaleGiven: [
    'Jana', 'Marie', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Lucie', 'Věra', 'Alena',
    'Petra', 'Veronika', 'Jaroslava', 'Martina', 'Tereza', 'Michaela', 'Zuzana', 'Ivana', 'Monika', 'Helena',
    'Markéta', 'Barbora', 'Dagmar', 'Šárka', 'Pavla', 'Simona', 'Klára', 'Renata', 'Ludmila', 'Jitka',
  ],
  surnames: [
    ['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'],
    ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'],
    ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Marek', 'Marková'], ['Pospíšil', 'Pospíšilová'],
    ['Pokorný', 'Pokorná'], ['Hájek', 'Hájková'], ['Král', 'Králová'], ['Jelínek', 'Jelínková'],
    ['Růžička', 'Růžičková'], ['Beneš', 'Benešová'], ['Fiala', 'Fialová'], ['Sedláček', 'Sedláčková'],
    ['Doležal', 'Doležalová'], ['Zeman', 'Zemanová'], ['Kolář', 'Kolářová'], ['Navrátil', 'Navrátilová'],
    ['Čermák', 'Čermáková'], ['Vaněk', 'Vaňková'], ['Urban', 'Urbanová'], ['Blažek', 'Blažková'],
    ['Kříž', 'Křížová'], ['Kovář', 'Kovářová'], ['Kratochvíl', 'Kratochvílová'], ['Bartoš', 'Bartošová'],
    ['Vlček', 'Vlčková'], ['Polák', 'Poláková'], ['Musil', 'Musilová'], ['Kopecký', 'Kopecká'],
    ['Šimek', 'Šimková'], ['Konečný', 'Konečná'], ['Malý', 'Malá'], ['Holub', 'Holubová'],
    ['Štěpánek', 'Štěpánková'], ['Kadlec', 'Kadlecová'], ['Staněk', 'Staňková'], ['Toman', 'Tomanová'],
    ['Šťastný', 'Šťastná'], ['Holý', 'Holá'], ['Matoušek', 'Matoušková'], ['Soukup', 'Soukupová'],
    ['Říha', 'Říhová'], ['Bláha', 'Bláhová'],
  ],
};
