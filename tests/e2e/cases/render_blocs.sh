# Blocs as colours and as clusters, with frustration shown: valid SVG with a bloc legend.
G=graphs/karabakh-2024-01-18.json
run render "$G" --color-by bloc -o "$T/c.svg"
expect_exit 0
expect_valid_xml "$T/c.svg"
expect_file_contains "$T/c.svg" "bloc-1"
expect_file_contains "$T/c.svg" "Bloc 2"
run render "$G" --cluster bloc --show-frustration -o "$T/k.svg"
expect_exit 0
expect_valid_xml "$T/k.svg"
expect_file_contains "$T/k.svg" 'class="cluster'
run render "$G" --cluster bloc --layout neato
expect_exit 64
expect_stderr_contains "neato"
