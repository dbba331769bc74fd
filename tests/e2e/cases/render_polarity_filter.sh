# --polarity hostility leaves no support edge; --polarity support no hostility edge.
run render graphs/karabakh-2024-01-18.json --polarity hostility -o "$T/h.svg"
expect_exit 0
expect_valid_xml "$T/h.svg"
expect_file_contains "$T/h.svg" 'class="edge hostility"'
expect_file_lacks "$T/h.svg" 'class="edge support"'
expect_file_lacks "$T/h.svg" 'class="edge neutral"'
run render graphs/karabakh-2024-01-18.json --polarity support -o "$T/s.svg"
expect_exit 0
expect_file_contains "$T/s.svg" 'class="edge support"'
expect_file_lacks "$T/s.svg" 'class="edge hostility"'
