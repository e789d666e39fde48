"""Developer tools: benchmarks, fault injection, the soak run, the PDF writer and the demo documents.

The product (core, gui, the CLI) never imports this package; tests/test_architecture.py checks it.
"""
