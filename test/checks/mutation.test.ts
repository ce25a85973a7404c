import { example } from '../../src/core/checks/example';
import { mutationOutcomes, unnoticedCells } from '../../src/core/checks/mutation';

describe('mutation test on the consistent example model', () => {
  const outcomes = mutationOutcomes(example());

  it('every changed figure of a relation is named by a finding', () => {
    // Bounded from one side only: last year's 三公 (a rise is reported, a fall needs no reason) and the 中小企业
    // amount (小微 ≤ 中小); raising them breaks nothing.
    const oneSided = /^补充信息 (prior\.threePublic\.|procurement\.(sme|small)$)/;
    const missed = outcomes.filter((o) => o.noticed === undefined).map((o) => `${o.where} ${o.mutation}`);
    expect(missed.filter((m) => !oneSided.test(m.replace(/ \S+$/, '')))).toEqual([]);
    const free = unnoticedCells(outcomes).map((c) => c.where);
    expect(free.sort()).toEqual([
      '补充信息 prior.threePublic.abroad',
      '补充信息 prior.threePublic.reception',
      '补充信息 prior.threePublic.total',
      '补充信息 prior.threePublic.vehicle',
      '补充信息 prior.threePublic.vehicleOperation',
      '补充信息 prior.threePublic.vehiclePurchase',
      '补充信息 procurement.sme',
    ]);
  });

  it('a change of 1 or ×10 to a table figure is an error, never only 舍位差异', () => {
    const weak = outcomes.filter(
      (o) =>
        !o.where.startsWith('补充信息') && o.mutation !== '+0.01' && o.noticed !== 'error' && o.noticed !== 'unchanged',
    );
    expect(weak.map((o) => `${o.where} ${o.mutation} → ${o.noticed}`)).toEqual([]);
  });
});
