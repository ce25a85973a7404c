import type { Rule } from '../types';
import { rule as t01IncomeTotal } from './t01-income-total';
import { rule as t01IncomeGrand } from './t01-income-grand';
import { rule as t01ExpenseTotal } from './t01-expense-total';
import { rule as t01ExpenseGrand } from './t01-expense-grand';
import { rule as t01Balance } from './t01-balance';
import { rule as t04IncomeTotal } from './t04-income-total';
import { rule as t04CarrySplit } from './t04-carry-split';
import { rule as t04IncomeGrand } from './t04-income-grand';
import { rule as t04ExpenseTotal } from './t04-expense-total';
import { rule as t04FundColumns } from './t04-fund-columns';
import { rule as t04ExpenseGrand } from './t04-expense-grand';
import { rule as t04Balance } from './t04-balance';
import { rule as subjectRollup } from './subject-rollup';
import { rule as subjectTotalRow } from './subject-total-row';
import { rule as t02RowTotal } from './t02-row-total';
import { rule as t03RowTotal } from './t03-row-total';
import { rule as t05RowTotal } from './t05-row-total';
import { rule as fundRowExpense } from './fund-row-expense';
import { rule as fundRowBalance } from './fund-row-balance';
import { rule as t06GroupTotals } from './t06-group-totals';
import { rule as t06ClassRollup } from './t06-class-rollup';
import { rule as t07Total } from './t07-total';
import { rule as t07Vehicle } from './t07-vehicle';
import { rule as t01T02Income } from './t01-t02-income';
import { rule as t01T03Expense } from './t01-t03-expense';
import { rule as t01T04FiscalIncome } from './t01-t04-fiscal-income';
import { rule as t02T04FiscalIncome } from './t02-t04-fiscal-income';
import { rule as t04T05General } from './t04-t05-general';
import { rule as t05T06Basic } from './t05-t06-basic';
import { rule as t04FundTables } from './t04-fund-tables';
import { rule as t06T07ThreePublic } from './t06-t07-three-public';
import { rule as suppBudgetSubjects } from './supp-budget-subjects';
import { rule as suppThreePublicBudget } from './supp-three-public-budget';
import { rule as suppOperatingCost } from './supp-operating-cost';
import { rule as suppProcurement } from './supp-procurement';
import { rule as suppProcurementShare } from './supp-procurement-share';
import { rule as suppVehicles } from './supp-vehicles';
import { rule as plausBudgetVariance } from './plaus-budget-variance';
import { rule as plausThreePublicBudget } from './plaus-three-public-budget';
import { rule as plausThreePublicYoy } from './plaus-three-public-yoy';
import { rule as plausOtherShare } from './plaus-other-share';

/** The rule catalogue in report order: inside tables, between tables, 补充信息, plausibility (合理性审核). */
export const RULES: readonly Rule[] = [
  t01IncomeTotal,
  t01IncomeGrand,
  t01ExpenseTotal,
  t01ExpenseGrand,
  t01Balance,
  t04IncomeTotal,
  t04CarrySplit,
  t04IncomeGrand,
  t04ExpenseTotal,
  t04FundColumns,
  t04ExpenseGrand,
  t04Balance,
  subjectRollup,
  subjectTotalRow,
  t02RowTotal,
  t03RowTotal,
  t05RowTotal,
  fundRowExpense,
  fundRowBalance,
  t06GroupTotals,
  t06ClassRollup,
  t07Total,
  t07Vehicle,
  t01T02Income,
  t01T03Expense,
  t01T04FiscalIncome,
  t02T04FiscalIncome,
  t04T05General,
  t05T06Basic,
  t04FundTables,
  t06T07ThreePublic,
  suppBudgetSubjects,
  suppThreePublicBudget,
  suppOperatingCost,
  suppProcurement,
  suppProcurementShare,
  suppVehicles,
  plausBudgetVariance,
  plausThreePublicBudget,
  plausThreePublicYoy,
  plausOtherShare,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
