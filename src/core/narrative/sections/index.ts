/**
 * Section id → writer. Ids are those of src/core/profiles/profiles.ts; a section with subsections (general,
 * threePublic, shanghai's other) has no body of its own, only its subsections'.
 */
import { writeAssets } from './assets';
import { writeBasic } from './basic';
import type { SectionWriter } from './common';
import { writeExpense } from './expense';
import { writeFiscal } from './fiscal';
import { writeFund } from './fund';
import { writeGeneralDetail, writeGeneralOverall, writeGeneralStructure } from './general';
import { writeGeneralSpending } from './generalSpending';
import { writeIncome } from './income';
import { writeOperatingCost } from './operatingCost';
import { writeOverall } from './overall';
import { writePerformance } from './performance';
import { writeProcurement } from './procurement';
import { writeSoe } from './soe';
import { writeThreePublicDetail, writeThreePublicOverall } from './threePublic';

export type { Block, SectionWriter } from './common';

export const SECTION_WRITERS: Readonly<Record<string, SectionWriter>> = {
  overall: writeOverall,
  income: writeIncome,
  expense: writeExpense,
  fiscal: writeFiscal,
  'general.overall': writeGeneralOverall,
  'general.structure': writeGeneralStructure,
  'general.detail': writeGeneralDetail,
  basic: writeBasic,
  'threePublic.overall': writeThreePublicOverall,
  'threePublic.detail': writeThreePublicDetail,
  fund: writeFund,
  soe: writeSoe,
  operatingCost: writeOperatingCost,
  generalSpending: writeGeneralSpending,
  procurement: writeProcurement,
  assets: writeAssets,
  performance: writePerformance,
};
