/** The `coach` command (npm run --silent coach -- …): runs cli/run-coach.ts on this process's streams. */
import { runCoach } from './run-coach.ts';

process.exitCode = await runCoach(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
