import { createContext, useContext } from 'react';

/**
 * Every piece of text the task pane shows, in one typed object. Messages that come from the engine (findings,
 * mapping notes, narrative) are Chinese already; an English locale is another object of type `Strings`, given to
 * `<App strings={…}>`.
 */
export const zhCN = {
  appTitle: '决算公开助手',
  workbook: (name: string) => `工作簿：${name}`,
  unnamedWorkbook: '当前工作簿',
  reload: '重新读取工作簿',
  downloadWorkbook: '下载工作簿 (.xlsx)',
  tabsLabel: '步骤',
  tabs: {
    mapping: '映射',
    checks: '校验',
    fill: '填充',
    narrative: '说明',
    lint: '文字核对',
    supplementary: '补充信息',
  },
  busy: {
    reading: '正在读取工作簿…',
    writing: '正在写入工作簿…',
    undoing: '正在撤销…',
    selecting: '正在定位单元格…',
    selection: '正在读取当前选择…',
    docx: '正在生成 Word 文件…',
    loadingFile: '正在读取文件…',
    saving: '正在生成工作簿文件…',
    loadingView: '正在加载此步骤…',
  },
  /** `cells`: cells changed on the user's sheets (the tool's hidden records are not counted). */
  lastWrite: (label: string, cells: number) =>
    cells > 0 ? `已写入：${label}（${cells} 个单元格）。` : `已写入：${label}。`,
  undoLast: '撤销这次写入',
  undone: '已撤销，工作簿已恢复原状。',
  /** Excel: what undo left alone because the user changed it since the write. */
  undonePartly: (cells: string, sheets: string) =>
    `已撤销。${cells ? `以下单元格在写入后又被修改过，已保留现状：${cells}。` : ''}${
      sheets ? `以下新建的工作表在写入后被编辑过，未删除：${sheets}。` : ''
    }`,
  progress: (label: string, done: number, total: number) => `${label}（${done}/${total}）`,
  dismiss: '关闭',
  errorTitle: '出错了',
  errors: {
    loadPane: '无法加载任务窗格，请关闭后重新打开加载项（cannot load the pane）：',
    read: '无法读取工作簿。请确认工作簿已打开且没有单元格处于编辑状态（按 Esc 退出编辑），再按「重新读取工作簿」。',
    analyse: '识别表格时出错。请检查工作簿中公开01–09表的标题和表头，或在「映射」中手动指定表格位置。',
    write:
      '写入未完成，上面说明了工作簿现在的状态。请排除原因（按 Esc 结束单元格编辑、取消工作表保护等）后重试；如有保留的撤销记录，可按「撤销这次写入」。',
    undo: '撤销未完成。排除上面说明的原因后可再按「撤销这次写入」（已恢复的单元格会被跳过），或关闭工作簿且不保存。Excel 自身的「撤销」(Ctrl+Z) 通常不能撤销加载项的写入。',
    select: '无法定位单元格。请确认相应工作表仍然存在，再按「重新读取工作簿」。',
    selection: '无法读取当前选择。请在 Excel 中用鼠标或键盘选中一个单元格区域后重试。',
    noSelection: '没有选中单元格区域。请先在 Excel 中选中该表所在的区域（从标题到最后一行），再按「使用当前选择」。',
    file: '无法读取该文件。请选择 .txt 或 .docx 文件，或直接把文字粘贴到文本框中。',
    docx: '生成 Word 文件失败。可以先用「复制文字」把说明粘贴到 Word 中。',
    copy: '浏览器不允许复制。请手动选中文字后按 Ctrl+C。',
    save: '生成工作簿文件失败。请重试；如仍失败，请重新打开文件。',
    generic: '操作未完成。请重试；如仍失败，请按「重新读取工作簿」后再试。',
  },
  outsideExcel:
    '请在 Excel 中打开本加载项（开始 → 决算公开助手）。在浏览器中直接打开此页面无法使用；如需离线使用，请打开网页版。',
  connecting: '正在连接 Excel…',
  officeJsMissing:
    '无法加载 Office.js（Microsoft 的 appsforoffice.microsoft.com 无法访问：内网或断网时常见）。请让管理员按 docs/addin.md 用 OFFICE_JS_DIR 部署本地 office.js；在此之前可使用网页版或命令行（npx juesuan）。',
  noTables: '还没有读取工作簿。',
  mapping: {
    heading: '表格识别结果',
    profile: (name: string) => `格式：${name}`,
    columns: { table: '表', place: '位置', unit: '单位', confidence: '把握' },
    found: '已找到',
    notFound: '未找到',
    overridden: '已手动指定',
    confidence: (pct: number) => `${pct}%`,
    missing: (n: number) => `缺少 ${n} 项`,
    problemsHeading: '识别中发现的问题',
    noProblems: '没有发现识别问题。',
    fixHeading: '更正表格位置',
    fixHint:
      '在 Excel 中选中该表的区域（从标题到最后一行），选择表号，再按「使用当前选择」。更正保存在工作簿中，网页版和命令行同样适用。',
    pickTable: '要更正的表',
    useSelection: '使用当前选择',
    resetAuto: '恢复自动识别',
    overrideSaved: (table: string, where: string) => `已将 ${table} 指定为 ${where}，并重新识别。`,
    overrideCleared: (table: string) => `已恢复 ${table} 的自动识别。`,
    writeLabel: (table: string) => `更正 ${table} 的位置`,
    clearLabel: (table: string) => `恢复 ${table} 自动识别`,
  },
  checks: {
    heading: '校验结果',
    counts: { error: '错误', warning: '警告', rounding: '舍位差异', info: '提示', accepted: '已说明' },
    rerun: '重新校验',
    downloadReport: '下载校验报告 (.html)',
    noFindings: '未发现任何问题。',
    cells: '单元格',
    suggestion: '建议',
    waiverReason: '已说明',
    waive: '填写说明',
    reasonLabel: '说明原因（将保存在工作簿中）',
    saveWaiver: '保存说明',
    cancel: '取消',
    withdraw: '撤销说明',
    waiverLabel: '出错说明',
    withdrawLabel: '撤销出错说明',
    locate: '定位',
    otherGroup: '其他',
    suppGroup: '补充信息',
    groupCount: (n: number) => `${n} 条`,
    reportName: (base: string) => `${base}-校验报告.html`,
    stale: (n: number) => `有 ${n} 条已保存的说明所对应的问题已不存在（有关数字已更改），可以清除。`,
    dropStale: '清除过期说明',
    dropStaleLabel: '清除过期说明',
    settings: {
      toggle: '校验参数…',
      heading: '校验参数',
      summary: (budget: string, other: string, stored: boolean) =>
        `预算差异 ${budget}%，“其他”占比 ${other}%${stored ? '（本工作簿设定）' : '（默认）'}`,
      intro: '两项合理性提示的阈值。保存在工作簿中，命令行校验和批量审核也按此执行。',
      defaultHint: (d: string) => `默认 ${d}%`,
      invalid: '请输入 0 到 1000 之间的百分数，如 20',
      save: '保存校验参数',
      reset: '恢复默认',
      label: '校验参数',
    },
  },
  fill: {
    heading: '自动填充合计与推算单元格',
    mode: '填入方式',
    modeFormulas: '公式（随数据自动更新）',
    modeValues: '数值（按单元格小数位四舍五入）',
    writes: '将写入的单元格',
    conflicts: '与推算不一致的单元格',
    noWrites: '没有需要填充的单元格。',
    noConflicts: '没有冲突。',
    current: '现有',
    derived: '推算',
    overwrite: '覆盖',
    overwriteLabel: (ref: string) => `覆盖 ${ref}`,
    apply: (n: number) => `写入 ${n} 个单元格`,
    undo: '撤销填充',
    writeLabel: '填充',
    empty: '（空）',
  },
  narrative: {
    heading: '情况说明草稿',
    profile: '说明格式',
    figureTitle: (cells: string, how: string) => `来源：${cells}${how ? `；${how}` : ''}`,
    placeholders: '待填写事项',
    noPlaceholders: '无待填写事项。',
    insertSheet: '插入为「情况说明」工作表',
    copy: '复制文字',
    copied: '已复制到剪贴板。',
    downloadDocx: '下载 Word (.docx)',
    writeLabel: '情况说明工作表',
    docxName: (base: string) => `${base}-情况说明.docx`,
    figures: (n: number) => `数字 ${n} 个（点击可定位来源单元格）`,
    calc: {
      cell: '',
      sum: '合计',
      diff: '差额',
      growth: '增减率',
      share: '占比',
      ratio: '完成率',
    },
  },
  lint: {
    heading: '文字核对',
    textLabel: '情况说明文字（粘贴，或载入 .txt / .docx 文件）',
    loadFile: '载入文件…',
    fileInputLabel: '选择 .txt 或 .docx 文件',
    withWorkbook: '同时与工作簿中的数据核对',
    run: '开始核对',
    summary: (claims: number, verified: number, findings: number) =>
      `读到数字 ${claims} 个，核对无误 ${verified} 个，发现问题 ${findings} 条。`,
    noFindings: '未发现问题。',
    section: (s: string) => (s ? `第${s}部分` : '（部分外）'),
    expected: '应为',
    actual: '实为',
    suggestion: '建议改为',
    loaded: (name: string) => `已载入 ${name}。`,
    severities: { error: '错误', warning: '警告', rounding: '舍位差异', info: '提示' },
  },
  supplementary: {
    heading: '补充信息表',
    intro: '情况说明需要的表外数据（上年数、年初预算、原因说明、资产等）填在「补充信息」工作表中。',
    exists: (sheet: string, filled: number, total: number) => `已有「${sheet}」工作表：已填 ${filled} / ${total} 项。`,
    missing: '工作簿中还没有补充信息表。',
    create: '创建「补充信息」工作表',
    update: (n: number) => `在表末补上缺少的 ${n} 行（已有内容不动）`,
    upToDate: '补充信息表已包含全部行，无需更新。',
    subjects: (n: number) => `将按 公开05表 的 ${n} 个项级科目生成年初预算、用途和原因行。`,
    locate: '转到补充信息表',
    writeLabel: '补充信息表',
  },
};

export type Strings = typeof zhCN;

const StringsContext = createContext<Strings>(zhCN);
export const StringsProvider = StringsContext.Provider;

/** The pane's text in the current locale. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
