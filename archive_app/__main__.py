"""python -m archive_app"""
import sys

from .cli import main

if __name__ == "__main__":      # (a process spawned by this one imports it again: parallel_build)
    sys.exit(main())
