"""Running operations within the limits (``schema/limits.py``): two executors, one answer.

operations.py   prepare() an operation, admit() it (variables, cost), run() it,
                to_client() its errors
compiled.py     the lean executor for queries, checked against graphql-core's
cost.py         the static cost of an operation: the most objects its answer can hold
bounds.py       how long each list can be in the served corpus
"""

from schema.execution.operations import (
    MAX_VARIABLE_ERRORS,
    Admission,
    LimitError,
    Prepared,
    admit,
    execute_admitted,
    is_cacheable,
    new_request_id,
    prepare,
    run,
    to_client,
)

__all__ = [
    "MAX_VARIABLE_ERRORS",
    "Admission",
    "LimitError",
    "Prepared",
    "admit",
    "execute_admitted",
    "is_cacheable",
    "new_request_id",
    "prepare",
    "run",
    "to_client",
]
