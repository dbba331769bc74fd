# check accepts the curated graph, the shipped data directory and every good test file.
run check graphs/karabakh-2024-01-18.json data
expect_exit 0
expect_stdout_contains "graphs/karabakh-2024-01-18.json: ok: 19 actors, 37 relations"
expect_stdout_contains "data: ok: data directory"
for f in tests/data/good/*.json; do
    run check "$f"
    expect_exit 0
done
