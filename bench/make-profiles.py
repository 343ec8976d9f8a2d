#!/usr/bin/env python3
"""Writes N random runner profiles as JSON Lines, with M malformed lines spread among them.

usage: bench/make-profiles.py N [M] > profiles.jsonl
The answers are valid for the shipped kbase/questions.yaml; the same seed gives the same file.
"""
import json
import random
import sys

# The red flags (the symptoms that raise an emergency or urgent referral), then the everyday ones.
RED_FLAGS = ["chest-pain", "shortness-of-breath", "one-sided-calf-swelling", "localized-bone-pain",
             "cola-coloured-urine", "severe-muscle-pain", "fainting", "palpitations", "confusion",
             "numbness-or-weakness", "saddle-numbness"]
EVERYDAY = ["headaches", "decreased-performance", "chronic-fatigue", "mood-swings", "frequent-illness",
            "appetite-loss", "motivation-loss", "restless-legs", "thirst", "dark-urine", "dizziness",
            "muscle-cramps", "exertional-leg-pain", "swollen-legs-or-veins"]
SYMPTOMS = RED_FLAGS + EVERYDAY
# Symptoms added to the catalogue after docs/PERFORMANCE.md was measured. They are drawn from a
# stream of their own, so every other answer of a seeded file stays what it was measured on.
ADDED = ["fainting", "palpitations", "confusion", "numbness-or-weakness", "saddle-numbness",
         "exertional-leg-pain", "swollen-legs-or-veins"]


def chance(symptom):
    # Red flags are rare; everyday symptoms less so.
    return 0.01 if symptom in RED_FLAGS else 0.12


def profile(rng, added, i):
    p = {"id": i}
    p["symptoms"] = [s for s in SYMPTOMS if s not in ADDED and rng.random() < chance(s)]
    p["symptoms"] += [s for s in ADDED if added.random() < chance(s)]
    p["months-running"] = rng.randint(0, 240)
    p["usual-effort"] = rng.choice(["easy", "moderate", "hard"])
    p["runs-per-week"] = rng.randint(1, 10)
    # consistent with the runs, as kbase/questions.yaml's consistency rules require: at most two
    # runs on a running day, and runs times the shortest gap within twice a week's hours
    runs = p["runs-per-week"]
    p["rest-days-per-week"] = rng.randint(0, min(6, (14 - runs) // 2))
    p["rest-hours-between-runs"] = rng.choice([h for h in [8, 12, 24, 36, 48, 72] if runs * h <= 336])
    p["weekly-distance-increase-pct"] = rng.choice([-20, 0, 5, 10, 15, 30, 50])
    p["strength-sessions-per-week"] = rng.randint(0, 4)
    if p["strength-sessions-per-week"] > 0:
        p["lower-body-sets"] = rng.randint(1, 15)
        p["training-priority"] = rng.choice(["endurance", "strength", "both"])
        p["lifts-heavy"] = rng.random() < 0.4
    p["diet"] = rng.choice(["omnivore", "vegetarian", "vegan"])
    p["iron-rich-meals-per-week"] = rng.randint(0, 14)
    p["iron-test"] = rng.choices(["not-tested", "normal", "low-ferritin", "anaemia"], [60, 30, 7, 3])[0]
    p["shoe-distance-km"] = rng.randint(0, 1500)
    p["toe-room-cm"] = round(rng.uniform(0.3, 2.5), 1)
    p["shoes-feel-tight"] = rng.random() < 0.15
    p["temperature-c"] = rng.randint(-5, 38)
    p["run-duration-min"] = rng.randint(20, 150)
    p["fluids-during-runs"] = rng.random() < 0.6
    p["replaces-electrolytes"] = rng.random() < 0.4
    p["daily-fluid-litres"] = round(rng.uniform(0.8, 4.0), 1)
    p["heavy-legs-weeks"] = rng.randint(0, 20)
    p["tried-measures"] = rng.random() < 0.3
    return p


def main():
    n = int(sys.argv[1])
    bad = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    rng = random.Random(42)
    added = random.Random(43)
    bad_lines = set(rng.sample(range(n), bad)) if bad else set()
    out = sys.stdout
    for i in range(n):
        if i in bad_lines:
            out.write(rng.choice(['{"id": %d, "temperature-c": "hot"}' % i,
                                  '{"id": %d, "usual-effort": "brutal"}' % i,
                                  '{"id": %d, "temprature-c": 20}' % i,
                                  'not json at all',
                                  '[1, 2, 3]']) + "\n")
        else:
            out.write(json.dumps(profile(rng, added, i), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
