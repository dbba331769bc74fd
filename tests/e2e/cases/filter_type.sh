# --type takes relation types (of the graph or the lexicon, any case) and CAMEO code prefixes;
# anything else is a usage error (64) that names the graph's types, not bad data (65).
G=graphs/karabakh-2024-01-18.json
run metrics "$G" --type condem
expect_exit 64
expect_stderr_contains "option --type: 'condem' is no relation type and no CAMEO code prefix"
expect_stderr_contains "accuse, appeal, arms deal"
expect_stderr_contains "expel diplomats"
expect_stderr_contains "lexicon.json"
run metrics "$G" --type 99
expect_exit 64
expect_stderr_contains "'99'"
run metrics "$G" --type "ethnic cleansing,condemn" --type bogus
expect_exit 64
expect_stderr_contains "'bogus'"
run metrics "$G" --type "Expel Diplomats" --csv
expect_exit 0
expect_stdout_contains "AZE,Azerbaijan"
run metrics "$G" --type 161 --csv
expect_exit 0
cp "$T/out" "$T/161.csv"
run metrics "$G" --type "expel diplomats" --csv
expect_stdout_file "$T/161.csv"
run metrics "$G" --type 1 --csv
expect_exit 0
# a lexicon type, or a code, that this graph lacks leaves nothing: bad data, as before
run metrics "$G" --type "ethnic cleansing"
expect_exit 65
expect_stderr_contains "no relation is left after the filters"
run metrics "$G" --type "call for ceasefire"
expect_exit 65
run metrics "$G" --type 18
expect_exit 65
