import os
import sys

# Tests import `training.t2g` from the project root, whatever the working directory.
sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
