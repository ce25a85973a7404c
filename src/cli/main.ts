import { COMMANDS } from './commands';
import { CliError, parseArgs, type CliIO } from './command';

export function defaultIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
}

function help(io: CliIO): void {
  io.out('决算公开助手 juesuan — 部门决算公开表格的映射、校验、填充、说明起草与文字核对');
  io.out('用法 usage: juesuan <命令 command> [参数]\n');
  for (const c of COMMANDS) io.out(`  ${c.name.padEnd(8)} ${c.summary}\n           ${c.usage}`);
}

/** Runs the CLI and resolves to the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`未知命令：${name}（unknown command）。运行 juesuan help 查看可用命令。`);
    return 2;
  }
  const args = parseArgs(rest);
  if (args.flags.help || args.flags.h) {
    io.out(`${cmd.summary}\n用法 usage: ${cmd.usage}`);
    return 0;
  }
  try {
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`内部错误（internal error）：${msg}。请把此信息和文件一起反馈给开发者。`);
    return 2;
  }
}
