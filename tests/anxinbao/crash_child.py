"""Child process of the crash tests: replays example scenarios into an existing database.

Usage: python crash_child.py DB_URL SCENARIO... ; ZHENGCE_ANXINBAO_FAULT may make it die mid-way."""

import sys

from zhengce.programs.anxinbao import Program
from zhengce.programs.anxinbao.scenario import load_scenario, replay

prog = Program.open(sys.argv[1])
for path in sys.argv[2:]:
    scenario = load_scenario(path)
    scenario.pop("expect", None)
    replay(scenario, program=prog)
prog.close()
