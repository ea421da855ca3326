"""One long release: `migtl add` time and peak memory for a 5, 10 and 19 MB release.

    python benchmarks/big_release.py [--sizes 5,10,19] [--migtl "python -m migtl"]

The release is the article text of synthetic releases (benchmarks/generate.py, all four languages)
run together into one file with no site furniture, so extraction reads all of it (a "Latest news"
line would end the article early). Prints a Markdown table: size, wall time, peak memory, seconds
and MB of memory per MB of text. Time and memory should grow linearly with the size.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def article_text(folder: Path) -> str:
    sys.path.insert(0, str(HERE.parent / "src"))
    from migtl.extract.lang import detect_language
    from migtl.extract.layout import split_layout
    from migtl.read import decode

    paras: list[str] = []
    for f in sorted(folder.glob("*.txt")):
        text, _ = decode(f.read_bytes(), str(f))
        paras += split_layout(text, detect_language(text)).body
    return "A long report on migration governance\n\n" + "\n\n".join(paras) + "\n\n"


def make(path: Path, text: str, mb: int) -> None:
    data = text.encode("utf-8")
    n = mb * 1000 * 1000
    path.write_bytes((data * (n // len(data) + 1))[:n].decode("utf-8", "ignore").encode("utf-8"))


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], env=env, capture_output=True, text=True, check=False)
    wall = time.monotonic() - t0
    peak_kb = int(re.findall(r"^(\d+)$", p.stderr, re.M)[-1]) if re.search(r"^\d+$", p.stderr, re.M) else 0
    return wall, peak_kb / 1024, p.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="5,10,19", help="release sizes in MB (default 5,10,19)")
    ap.add_argument("--migtl", default=f"{sys.executable} -m migtl", help="how to call the CLI")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(root / "src"), "--docs", "300", "--seed", "7"],
                       env=env, check=True, capture_output=True)
        text = article_text(root / "src")
        rows = []
        for mb in sizes:
            rel = root / f"long_{mb}mb.txt"
            make(rel, text, mb)
            store = root / f"store_{mb}.json"
            cmd = [*shlex.split(args.migtl), "--db", str(store), "add", "--max-size", str(mb + 1), str(rel)]
            wall, peak, rc = run(cmd, env)
            rows.append((mb, wall, peak, rc))
            print(f"{mb} MB: {wall:.1f} s, {peak:.0f} MB peak, exit {rc}", file=sys.stderr)
    print("| release | add (wall) | peak memory | s per MB | memory per MB | exit |")
    print("| --- | --- | --- | --- | --- | --- |")
    for mb, wall, peak, rc in rows:
        print(f"| {mb} MB | {wall:.1f} s | {peak:.0f} MB | {wall / mb:.2f} | {peak / mb:.0f} MB | {rc} |")
    return 0 if all(r[3] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
