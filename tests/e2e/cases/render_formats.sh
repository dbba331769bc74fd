# PNG, PDF and DOT by extension or -T; binary data is not sent to a terminal.
G=graphs/karabakh-2024-01-18.json
run render "$G" -o "$T/k.png" --dpi 192
expect_exit 0
expect_python '
import struct, sys
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", b[16:24])
assert w > 1500 and h > 1500, (w, h)
' "$T/k.png"
run render "$G" -o "$T/k.pdf"
expect_exit 0
head -c 5 "$T/k.pdf" | grep -q '%PDF-' || fail "not a PDF"
run render "$G" -T dot
expect_exit 0
expect_stdout_contains "digraph"
expect_stdout_contains "French Senate"
run render "$G" -o "$T/k.gv"
expect_exit 0
expect_file_contains "$T/k.gv" "digraph"
run render "$G" -T svg -o "$T/named.png"
expect_exit 0
expect_valid_xml "$T/named.png"
