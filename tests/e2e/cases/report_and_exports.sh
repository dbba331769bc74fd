# The export formats by extension and -T, and the report, with filters applied first.
G=graphs/karabakh-2024-01-18.json
run report "$G" --polarity hostility --theme dark --id-prefix k1 -o "$T/r.htm"
expect_exit 0
expect_valid_xml "$T/r.htm"
expect_file_contains "$T/r.htm" '<body class="dark">'
expect_file_contains "$T/r.htm" 'xlink:href="#k1-ev-n-AZE"'
expect_file_contains "$T/r.htm" "Content-Security-Policy"
expect_file_lacks "$T/r.htm" '<section class="tie support"'
expect_file_lacks "$T/r.htm" "<script"
run render "$G" --actor AZE --depth 1 -o "$T/aze.graphml"
expect_exit 0
expect_valid_xml "$T/aze.graphml"
expect_python '
import sys, json, networkx as nx
G = nx.read_graphml(sys.argv[1])
g = json.load(open(sys.argv[2]))
near = {r["source"] for r in g["relations"] if r["target"] == "AZE"} | \
       {r["target"] for r in g["relations"] if r["source"] == "AZE"} | {"AZE"}
assert set(G.nodes) == near, sorted(set(G.nodes) ^ near)
inside = [r for r in g["relations"] if r["source"] in near and r["target"] in near]
assert G.number_of_edges() == len(inside), (G.number_of_edges(), len(inside))
' "$T/aze.graphml" "$G"
run render "$G" -o "$T/x.gexf"
expect_exit 0
expect_file_contains "$T/x.gexf" 'xmlns="http://www.gexf.net/1.2draft"'
run render "$G" -T gexf1.3 -o "$T/x13.gexf"
expect_exit 0
expect_file_contains "$T/x13.gexf" 'xmlns="http://gexf.net/1.3"'
expect_file_contains "$T/x13.gexf" 'kind="accuse"'
run render "$G" -o "$T/edges.csv"
expect_exit 0
expect_file_contains "$T/edges.csv" "id,source,target,source_label,target_label,polarity,weight"
run render "$G" -o "$T/karabakh-actors.csv"
expect_exit 0
expect_file_contains "$T/karabakh-actors.csv" "id,label,kind,country,parent,pagerank"
run render "$G" -T d3
expect_exit 0
expect_stdout_contains '"links": ['
run render "$G" -o "$T/x.cyjs"
expect_exit 0
expect_file_contains "$T/x.cyjs" '"elements": {'
run render "$G" -T json --polarity support
expect_exit 0
expect_stdout_contains '"metrics": {'
expect_stdout_lacks '"polarity": "hostility"'
