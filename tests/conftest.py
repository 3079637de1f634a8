pytest_plugins = ["conftest_bolt"]
