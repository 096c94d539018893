"""Deterministic synthetic news archive for the benchmark: Arabic articles of a few paragraphs,
each with a headline and a date line, built from sentences of the Arabic corpora the repository
already holds (XQuAD dev, ARCD train, the seed articles). The same seed and size always give the
same files, byte for byte."""
import datetime
import os
import random
import re

SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]


def sentence_pool(sources):
    """Every sentence of 6 to 60 words in the .txt files of `sources`, in a fixed order."""
    pool = []
    for source in sources:
        for name in sorted(os.listdir(source)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(source, name), encoding="utf-8-sig") as f:
                for line in f:
                    for sentence in SENTENCE_END.split(line.strip()):
                        if 6 <= len(sentence.split()) <= 60 and sentence[-1] in ".!؟?":
                            pool.append(sentence)
    if not pool:
        raise SystemExit("bench: no sentences found in " + ", ".join(sources))
    return pool


def article(rng, pool, number):
    """One article: headline, date line, then 3 to 5 paragraphs of 2 to 5 sentences (about 300 words)."""
    headline = " ".join(rng.choice(pool).rstrip(".!؟?").split()[:rng.randint(6, 11)])
    day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
    lines = [headline, f"تاريخ النشر: {day.day} {MONTHS[day.month - 1]} {day.year}", ""]
    for _ in range(rng.randint(3, 5)):
        lines.append(" ".join(rng.choice(pool) for _ in range(rng.randint(2, 5))))
        lines.append("")
    return f"{number:06d}_{day.isoformat()}.txt", "\n".join(lines)


def generate(target, size, sources, seed):
    """Writes `size` articles into `target` (created); returns the file names."""
    rng = random.Random(seed)
    pool = sentence_pool(sources)
    os.makedirs(target, exist_ok=True)
    names = []
    for number in range(size):
        name, text = article(rng, pool, number)
        with open(os.path.join(target, name), "w", encoding="utf-8") as f:
            f.write(text)
        names.append(name)
    return names
