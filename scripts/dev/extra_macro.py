# Rewrites `X.extra("literal")` into `extra!(X, "literal")` in the given Rust files.
import re, sys
pat = re.compile(r'([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.extra\(\s*("(?:[^"\\]|\\.)*")\s*\)')
for path in sys.argv[1:]:
    s = open(path).read()
    n = len(pat.findall(s))
    s2 = pat.sub(lambda m: f'extra!({m.group(1)}, {m.group(2)})', s)
    open(path, 'w').write(s2)
    print(path, n)
