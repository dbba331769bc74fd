/* main.c: actorgraph's entry point; everything else is in cli.c and the library. */
#include "cli.h"

int main(int argc, char **argv)
{
    return ag_cli_main(argc, argv);
}
