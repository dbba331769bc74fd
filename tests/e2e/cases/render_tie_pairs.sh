# 30 actors with many ties in pairs (both ways, or two polarities), routed by
# neato's router: Graphviz 2.43's multispline router, which pairs used to go
# through, writes past a buffer on this graph (make leakcheck: valgrind's
# invalid writes). Each tie is drawn once, with its own path.
run render tests/data/render/dense.json --layout neato -o "$T/d.svg"
expect_exit 0
expect_stderr_empty
expect_valid_xml "$T/d.svg"
[ "$(grep -c 'class="edge ' "$T/d.svg")" = 133 ] || fail "$(grep -c 'class="edge ' "$T/d.svg") ties drawn, not 133"
