import { parseArgs, type ParseArgsConfig } from 'node:util'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>
type WithHelp<O extends OptionsConfig> = O & { help: { type: 'boolean'; short: 'h' } }

/** What parseArgs returns for `options`, strict, with --help added. */
export type ParsedCommandLine<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: WithHelp<O>; strict: true; allowPositionals: true }>
>

export type Command<O extends OptionsConfig> = {
  /** The script's name, the prefix of its error messages. */
  name: string
  usage: string
  options: O
  /** Whether the script takes positional arguments (files, paths). */
  positionals?: boolean
}

/** A command line that parses but asks for something impossible: "--runs 0". */
export class UsageError extends Error {}

/**
 * Reads process.argv strictly, the one way every script does: an unknown option, a missing
 * value or an unexpected argument is an error, and `--help`/`-h` prints the usage. `read` turns
 * what parsed into the script's own options and throws UsageError for values that make no sense.
 * Returns those options, or the exit code to stop with (0 after --help, 2 after an error).
 */
export function readCommandLine<O extends OptionsConfig, R>(
  command: Command<O>,
  read: (parsed: ParsedCommandLine<O>) => R,
  args: string[] = process.argv.slice(2),
): { ok: true; options: R } | { ok: false; exitCode: number } {
  try {
    const parsed: ParsedCommandLine<O> = parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    })
    // `in`: inside this generic function TypeScript cannot resolve the parsed type yet.
    if ('help' in parsed.values && parsed.values.help === true) {
      console.log(command.usage)
      return { ok: false, exitCode: 0 }
    }
    const [unexpected] = command.positionals ? [] : parsed.positionals
    if (unexpected !== undefined) throw new UsageError(`unexpected argument '${unexpected}'`)
    return { ok: true, options: read(parsed) }
  } catch (error) {
    const problem = usageProblem(error)
    if (problem === undefined) throw error
    console.error(`${command.name}: ${problem}\n\n${command.usage}`)
    return { ok: false, exitCode: 2 }
  }
}

/** The one-line problem with the command line, or undefined for any other error. */
function usageProblem(error: unknown): string | undefined {
  if (error instanceof UsageError) return error.message
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined
  // Node adds a hint about '--' that misleads under `npm run`, which eats the first '--'.
  const sentence = error instanceof Error ? (error.message.split('. ')[0] ?? '') : ''
  return sentence.charAt(0).toLowerCase() + sentence.slice(1)
}
