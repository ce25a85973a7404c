/**
 * draftNarrative: the 第三部分 情况说明 of a Disclosure, every section and sub-section of the profile in order,
 * numbered by the generator (一、 （一） 1、) — numbers are never typed in the wording.
 */
import type { Disclosure, ProfileId, TableId } from '../model/types';
import { chineseNumeral, getProfile, type Profile, type SectionDef } from '../profiles/profiles';
import { makeContext, type NarrativeContext } from './context';
import { placeholder, tidy } from './phrasing';
import { SECTION_WRITERS, type Block } from './sections';
import { isPlaceholder, type Draft, type Paragraph, type PlaceholderRef } from './types';

export interface DraftOptions {
  /** Profile to write in (default: the disclosure's). */
  readonly profile?: ProfileId;
  /** Overrides the profile's share rounding. */
  readonly shareRounding?: 'independent' | 'largest-remainder';
}

function itemNumber(profile: Profile, n: number): string {
  return profile.itemStyle === '1.' ? `${n}.` : `${n}、`;
}

function body(ctx: NarrativeContext, id: string): Paragraph[] {
  const writer = SECTION_WRITERS[id];
  if (!writer) return [];
  let n = 0;
  return writer(ctx).map((b: Block) =>
    b.role === 'item'
      ? { section: id, role: 'item', number: itemNumber(ctx.profile, ++n), runs: tidy(b.runs) }
      : { section: id, role: 'text', runs: tidy(b.runs) },
  );
}

/**
 * The tables a section states figures from (any one suffices: 二 reads 公开02表, else 公开01表). When none is in the
 * workbook the section says so before its sentences, whose figures are then visible gaps.
 */
const SECTION_TABLES: Readonly<Record<string, readonly TableId[]>> = {
  overall: ['T01'],
  income: ['T02', 'T01'],
  expense: ['T03'],
  fiscal: ['T04'],
  general: ['T05'],
  basic: ['T06'],
  threePublic: ['T07'],
  fund: ['T08'],
  soe: ['T09'],
};

function missingTableNote(ctx: NarrativeContext, id: string): Paragraph[] {
  const tables = SECTION_TABLES[id];
  if (!tables || tables.some((t) => ctx.table(t))) return [];
  const t = tables[0];
  const name = `公开${t.slice(1)}表“${ctx.profile.tableTitles[t]}”`;
  const note = placeholder(
    `table.${t}`,
    `${name}（工作簿中未找到）`,
    `【工作簿中未找到${name}，请补充此表后重新生成本部分】`,
  );
  return [{ section: id, role: 'text', runs: [note] }];
}

function section(ctx: NarrativeContext, def: SectionDef, index: number): Paragraph[] {
  const out: Paragraph[] = [
    { section: def.id, role: 'heading', number: `${chineseNumeral(index + 1)}、`, runs: [def.title] },
  ];
  out.push(...missingTableNote(ctx, def.id));
  out.push(...body(ctx, def.id));
  (def.subsections ?? []).forEach((sub, j) => {
    out.push({ section: sub.id, role: 'subheading', number: `（${chineseNumeral(j + 1)}）`, runs: [sub.title] });
    out.push(...body(ctx, sub.id));
  });
  return out;
}

export function collectPlaceholders(paragraphs: readonly Paragraph[]): PlaceholderRef[] {
  const seen = new Set<string>();
  const out: PlaceholderRef[] = [];
  for (const p of paragraphs)
    for (const r of p.runs)
      if (isPlaceholder(r) && !seen.has(`${p.section}|${r.key}`)) {
        seen.add(`${p.section}|${r.key}`);
        out.push({ section: p.section, key: r.key, label: r.label, text: r.text });
      }
  return out;
}

export function draftNarrative(disclosure: Disclosure, options: DraftOptions = {}): Draft {
  const profileId = options.profile ?? disclosure.profile;
  const profile = getProfile(profileId);
  if (!profile) throw new Error(`未知的模板：${profileId}（unknown profile）`);
  const ctx = makeContext(disclosure, profile, options.shareRounding);
  const paragraphs = profile.sections.flatMap((def, i) => section(ctx, def, i));
  return {
    profile: profile.id,
    unitName: ctx.unitName,
    year: ctx.year,
    paragraphs,
    placeholders: collectPlaceholders(paragraphs),
  };
}

/** Title of part 三 as the profile prints it: "第三部分 2021年度部门决算情况说明" / "第三部分 上海市XX局2024年度部门决算情况说明". */
export function partThreeTitle(draft: Draft): string {
  const year = draft.year ? `${draft.year}年度` : '';
  return draft.profile === 'shanghai-2024'
    ? `第三部分 ${draft.unitName ?? ''}${year}部门决算情况说明`
    : `第三部分 ${year}部门决算情况说明`;
}

/** Paragraphs of one section (and its sub-sections: 'general' includes 'general.detail'). */
export function sectionParagraphs(draft: Draft, id: string): Paragraph[] {
  return draft.paragraphs.filter((p) => p.section === id || p.section.startsWith(`${id}.`));
}
