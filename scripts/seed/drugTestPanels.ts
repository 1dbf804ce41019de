import type { Faker } from '@faker-js/faker';
import type { PanelResult } from '../../electron/api/drugTests/drugTestsCodes';
import type { ClientFacts, Substance } from './clientFacts';
import { fill, type Words } from './noteVoice';
import type { DrugTestFields } from './recordEvents';
import { weighted } from './seedRandom';

const FIVE_PANEL: Substance[] = ['THC', 'cocaine', 'opiates', 'amphetamines'];
/** The chance that a test finds the client's own substance, by the screening's substance-use answer. */
const USE_RATE = [0.03, 0.1, 0.2];

export interface PlannedTest {
  test: DrugTestFields;
  /** The test's overall result, as the service will derive it from the panel. */
  result: PanelResult;
  lines: string[];
}

function panelFor(method: DrugTestFields['method'], facts: ClientFacts, faker: Faker): string[] {
  if (method === 'breath') return ['alcohol'];
  const extra = faker.datatype.boolean({ probability: 0.3 }) ? ['fentanyl'] : [];
  return [...FIVE_PANEL, 'benzodiazepines', ...extra, ...(facts.drugOfChoice === 'alcohol' ? ['alcohol'] : [])];
}

/** What the sample showed: mostly nothing; now and then the client's substance, a refusal or a dilute sample. */
function sampleResult(faker: Faker, facts: ClientFacts, substances: string[]): { result: PanelResult; substance: string | null } {
  const ownSubstance = substances.includes(facts.drugOfChoice) ? facts.drugOfChoice : null;
  const result = weighted(faker, [
    [ownSubstance ? USE_RATE[facts.substanceUse] : 0, 'positive'],
    [0.015, 'refused'],
    [0.02, 'dilute'],
    [0.005, 'invalid'],
    [1 - (ownSubstance ? USE_RATE[facts.substanceUse] : 0) - 0.04, 'negative'],
  ] as const);
  return { result, substance: result === 'positive' ? ownSubstance : null };
}

const COLLECTED: Record<DrugTestFields['method'], string> = {
  urine: 'Random urinalysis collected, observed by same-sex staff.',
  oral: 'Oral swab collected in the office.',
  breath: 'Breath test in the office.',
  patch: 'Sweat patch removed and sent for analysis; new patch applied.',
};

/** A test collected at a contact (or on its own): the panel with a result per substance and the lines for the note. */
export function drugTest(faker: Faker, facts: ClientFacts, collectedAt: string, words: Words): PlannedTest {
  const method = weighted(faker, [
    [70, 'urine'],
    [20, 'oral'],
    [7, 'breath'],
    [3, 'patch'],
  ] as const);
  const substances = panelFor(method, facts, faker);
  const { result, substance } = sampleResult(faker, facts, substances);
  const admittedUse = result === 'positive' && faker.datatype.boolean();
  const sentForLab = result === 'positive' && !admittedUse && faker.datatype.boolean({ probability: 0.6 });
  const panel = substances.map((name) => ({ substance: name, result: result !== 'positive' ? result : name === substance ? result : ('negative' as const) }));
  const lines = [COLLECTED[method]];
  if (result === 'negative') lines.push(method === 'breath' ? 'Result 0.000; negative.' : 'Negative on all panels.');
  if (result === 'positive') {
    lines.push(
      `Presumptive positive for ${substance}.`,
      fill(admittedUse ? '{Name} admitted using over the weekend and signed an admission form.' : '{Name} denied any use.', words),
    );
    if (sentForLab) lines.push('Sample sent to the lab for confirmation.');
  }
  if (result === 'refused') lines.push(fill('{Name} refused to give a sample after two hours; counted as positive under office policy.', words));
  if (result === 'dilute') lines.push(fill('The sample was dilute; {name} was told not to drink large amounts of water before testing. Retest ordered.', words));
  if (result === 'invalid') lines.push('The sample was invalid (temperature out of range); retest ordered.');
  return { test: { collectedAt, method, panel, admittedUse, sentForLab, notes: '' }, result, lines };
}
