import { example, itemRef, itemsOf } from '../example';
import { testRule } from '../tester';
import { rule } from './t04-carry-split';

const wrongIn = example((s) => (itemsOf(s, 'T04')['carryIn.general'] = '4.00'));
const wrongOut = example((s) => (itemsOf(s, 'T04')['carryOut.total'] = '17.00'));

testRule(rule, {
  valid: [{ name: 'consistent example', model: example() }],
  invalid: [
    {
      name: '年初 split does not add up',
      model: wrongIn,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrongIn, 'T04', 'carryIn.total'), itemRef(wrongIn, 'T04', 'carryIn.general')],
          expected: '9.00',
          message: '年初财政拨款结转和结余',
        },
      ],
    },
    {
      name: '年末 total does not match its split',
      model: wrongOut,
      findings: [
        {
          severity: 'error',
          cells: [itemRef(wrongOut, 'T04', 'carryOut.total')],
          expected: '18.00',
          actual: '17.00',
          message: '年末财政拨款结转和结余',
        },
      ],
    },
  ],
});
