#!/usr/bin/env python3
"""A portal of N pages with C commits in its history, for the history's
benchmark (BENCHMARKS.md, issue 35), written with git fast-import: each
later commit changes three pages, or renames one (one in ten).

    python3 benches/gen_history.py DIR 10000 5000
"""
import os, subprocess, random, sys
root, pages, commits = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
os.makedirs(root, exist_ok=True)
subprocess.run(["git", "init", "-q", root], check=True)
out = []
def data(text):
    b = text.encode()
    out.append(b"data %d\n" % len(b) + b + b"\n")
files = [f"content/del-{n % 20:02d}/sida-{n:05d}.md" for n in range(pages)]
t = 1700000000
def commit(msg, changes):
    global t
    t += 3600
    out.append(f"commit refs/heads/master\ncommitter R <r@x> {t} +0000\n".encode())
    data(msg)
    for c in changes:
        out.append(c)
first = []
for n, p in enumerate(files):
    b = f"---\ntitle: Sida {n}\n---\nText {n}.\n".encode()
    first.append(f"M 644 inline {p}\n".encode() + b"data %d\n" % len(b) + b + b"\n")
first.append(b"M 644 inline site.toml\n" + (lambda b: b"data %d\n" % len(b) + b + b"\n")(b'title = "P"\nbase_url = "https://example.org/"\n'))
commit("start", first)
for c in range(commits - 1):
    i = random.randrange(len(files))
    if random.random() < 0.1:
        q = files[i].replace(".md", f"-r{c}.md")
        ch = [f"R {files[i]} {q}\n".encode()]
        files[i] = q
    else:
        ch = []
        for j in random.sample(range(len(files)), 3):
            b = f"---\ntitle: Sida {j}\n---\nText {j}, ändrad i {c}.\n".encode()
            ch.append(f"M 644 inline {files[j]}\n".encode() + b"data %d\n" % len(b) + b + b"\n")
    commit(f"c{c}", ch)
subprocess.run(["git", "-C", root, "fast-import", "--quiet"], input=b"".join(out), check=True)
subprocess.run(["git", "-C", root, "checkout", "-q", "-f", "master"], check=True)
print("done", len(files))
