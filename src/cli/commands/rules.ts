import { RULES } from '../../core/checks/rules';
import { SEVERITY_NAMES } from '../../core/checks/types';
import type { Command } from '../command';

export const rulesCommand: Command = {
  name: 'rules',
  summary: '列出全部校验规则（list the check rules）',
  usage: 'juesuan rules [--json]',
  async run(args, io) {
    if (args.flags.json) {
      io.out(
        JSON.stringify(
          RULES.map((r) => ({ ...r.meta })),
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(`共 ${RULES.length} 条规则（详见 docs/rules.md）`);
    for (const r of RULES) {
      io.out(`${r.meta.id.padEnd(28)} [${r.meta.scope}·${SEVERITY_NAMES[r.meta.severity]}] ${r.meta.title}`);
      io.out(`${' '.repeat(30)}${r.meta.relation}`);
    }
    return 0;
  },
};
