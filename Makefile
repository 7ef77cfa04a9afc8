# Framing Lab: shortcuts for course.py (which does the work, and runs on Windows too).
PY ?= python3

.PHONY: start test install build lock student site report bench browser-test
start:            ## create the environment if missing, then open JupyterLab on 127.0.0.1
	$(PY) course.py start
test:             ## run every test: helpers, exercise checks, and nbval over every notebook
	$(PY) course.py test
install:          ## only create or refresh the environment
	$(PY) course.py install
build:            ## re-execute the notebooks from notebooks/src and save their outputs
	$(PY) course.py build
lock:             ## rewrite requirements-lock.txt from the installed environment
	$(PY) course.py lock
student:          ## write student/: every notebook with its solutions removed
	$(PY) course.py student
site:             ## build the course site offline into _build/site/
	$(PY) course.py site
report:           ## a framing report on two catalogued texts: make report A=press_release B=newspaper
	$(PY) course.py report $(A) $(B)
bench:            ## time notebooks, tests, import helpers and the corpus path (artifacts/bench.md)
	$(PY) course.py bench
browser-test:     ## run every notebook in JupyterLab, in headless Chromium (artifacts/screenshots/)
	$(PY) course.py browser
