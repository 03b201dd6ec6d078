#!/usr/bin/env python3
"""gentext.py BYTES: deterministic English-like text on stdout, for the
compression benchmarks: words of a fixed vocabulary drawn by a fixed-seed
generator, in lines of 8 to 15 words."""
import random
import sys

def main():
    total = int(sys.argv[1])
    rng = random.Random(20130611)
    syllables = ["an", "ber", "co", "dis", "el", "for", "gra", "hu", "in", "jo", "ka",
                 "lo", "men", "no", "or", "pre", "qui", "re", "sta", "tion", "un", "ver"]
    vocab = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))
             for _ in range(5000)]
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    out = sys.stdout.buffer
    written = 0
    while written < total:
        words = rng.choices(vocab, weights, k=4096)
        lines = []
        i = 0
        while i < len(words):
            n = rng.randint(8, 15)
            lines.append(" ".join(words[i:i + n]).capitalize() + ".\n")
            i += n
        chunk = "".join(lines).encode()[: total - written]
        out.write(chunk)
        written += len(chunk)

main()
