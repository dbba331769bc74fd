/* cli.h: the actorgraph command line: subcommands, options and their help,
 * input sniffing (graph JSON or article text), filters, output formats and
 * exit codes. The only part of actorgraph that prints or exits.
 */
#ifndef AG_CLI_H
#define AG_CLI_H

/* Runs `actorgraph ARGS...` and returns the exit status (an ag_status:
 * 0, 64 usage, 65 bad data, 66 missing input, 70 internal, 73 cannot
 * create output, 74 I/O). */
int ag_cli_main(int argc, char **argv);

#endif
