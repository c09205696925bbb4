"""How often a clerk's slip in a Kazakh given name is still matched, and how often it lands
on another known name (where the lexicon now says "another name").

    python bench/identity_typos.py [--names 300] [--seed 5]

Slips: a dropped, doubled or swapped letter (never the first) in the press-Latin spelling of
a sample of the Kazakh given names in ``data/given_names_kk.txt``, compared with the surname
Serikbayev on both sides. Reports the share of slips that change the fold skeleton and land on
another known name, and the share ``compare`` calls ``same``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from panah.identity.compare import compare  # noqa: E402
from panah.identity.fold import fold_token  # noqa: E402
from panah.identity.lexicon import _lines, known_different  # noqa: E402
from panah.identity.transliterate import transliterate  # noqa: E402


def slips(word: str) -> list[str]:
    out = set()
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i] + word[i:])
        if i < len(word) - 1:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return sorted(o for o in out if o.lower() != word.lower())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    names = [line[0] for line in _lines("given_names_kk.txt")]
    latin = [t for t in (transliterate(n, "press-en").text for n in names) if len(t) >= 5]
    sample = random.Random(args.seed).sample(latin, min(args.names, len(latin)))
    pairs = landed = same = 0
    for word in sample:
        for slip in slips(word):
            a, b = fold_token(word).skeleton, fold_token(slip).skeleton
            if a == b:
                continue
            pairs += 1
            landed += known_different(a, b)
            same += compare(f"{word} Serikbayev", f"{slip} Serikbayev").verdict == "same"
    print(f"{len(sample)} names, {pairs} slips that change the skeleton: "
          f"{landed / pairs:.1%} land on another known name; compare says same for "
          f"{same / pairs:.1%}")


if __name__ == "__main__":
    main()
