"""Placeholder until the GraphQL API lands: prints the corpus summary."""

from __future__ import annotations

import argparse
import sys

from graph.__main__ import main


def run() -> int:
    parser = argparse.ArgumentParser(description="Curriculum Graph server")
    parser.add_argument("--seeds", default="seeds")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    return main(["check", args.seeds])


if __name__ == "__main__":
    sys.exit(run())
