/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  /** Writes normal output. */
  readonly stdout: (text: string) => void;
  /** Writes errors and warnings. */
  readonly stderr: (text: string) => void;
  /** Whether to colour output (a terminal, and NO_COLOR unset). */
  readonly color: boolean;
  /** The folder relative paths are read from. */
  readonly cwd: string;
}
