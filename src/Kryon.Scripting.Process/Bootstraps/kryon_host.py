# The Kryon Python host (issue 10): runs an app's Python in a CPython child process. It speaks
# length-prefixed JSON frames with the Kryon runtime over stdin/stdout, synchronously, so that a
# handler can call kryon.get_property(...) and get the answer before it returns. Scripts run with
# a reduced set of builtins and capped memory and file size; a call over its time budget has its
# host killed and restarted by the runtime (a timer in here could break a frame half-read).
import json
import re
import struct
import sys
import textwrap
import types

try:
    import resource
except ImportError:  # not on Linux: no rlimits
    resource = None

_stdin = sys.stdin.buffer
_stdout = sys.stdout.buffer


def _read_exact(n):
    data = b""
    while len(data) < n:
        chunk = _stdin.read(n - len(data))
        if not chunk:
            sys.exit(0)  # the runtime closed the pipe: leave, never linger
        data += chunk
    return data


def _read_frame():
    (length,) = struct.unpack("<I", _read_exact(4))
    return json.loads(_read_exact(length).decode("utf-8"))


def _write_frame(message):
    body = json.dumps(message, ensure_ascii=False, allow_nan=False).encode("utf-8")
    _stdout.write(struct.pack("<I", len(body)) + body)
    _stdout.flush()


# ---- values -----------------------------------------------------------------------------------------

class Element:
    """An element of the running app (opaque: pass it back to kryon functions)."""
    __slots__ = ("handle",)

    def __init__(self, handle):
        self.handle = handle

    def __eq__(self, other):
        return isinstance(other, Element) and other.handle == self.handle

    def __hash__(self):
        return hash(self.handle)

    def __repr__(self):
        return "Element#%d" % self.handle


_functions = {}   # handle -> function
_handles = {}     # id(function) -> handle
_next_handle = [1]


def _encode(value, depth=0):
    if depth > 200:
        raise ValueError("value nested too deeply to pass to the runtime")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, Element):
        return {"$e": value.handle}
    if callable(value):
        foreign = getattr(value, "__kryon_foreign__", None)
        if foreign is not None:
            return foreign
        h = _handles.get(id(value))
        if h is None:
            h = _next_handle[0]
            _next_handle[0] += 1
            _handles[id(value)] = h
            _functions[h] = value
        return {"$f": h, "lang": "python", "name": getattr(value, "__name__", None)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_encode(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {"$o": {str(k): _encode(v, depth + 1) for k, v in value.items()}}
    return str(value)


def _decode(value):
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if "$o" in value:
            return {k: _decode(v) for k, v in value["$o"].items()}
        if "$e" in value:
            return Element(value["$e"])
        if "$f" in value:
            if value.get("lang") == "python" and value["$f"] in _functions:
                return _functions[value["$f"]]
            def foreign(*args):
                return _host_call("callFunction", [foreign] + list(args))
            foreign.__kryon_foreign__ = value
            return foreign
    return value


# ---- calls ------------------------------------------------------------------------------------------

class KryonError(Exception):
    """A bridge call the runtime refused."""


_budget = {"timeMs": 100, "memoryBytes": 16 << 20, "maxDepth": 200}
_next_host_id = [1]
_depth = [0]


def _host_call(name, args):
    call_id = -_next_host_id[0]
    _next_host_id[0] += 1
    _write_frame({"op": "host", "id": call_id, "fn": name, "args": [_encode(a) for a in args]})
    while True:
        message = _read_frame()
        if message.get("op") in ("result", "error") and message.get("id") == call_id:
            if message["op"] == "error":
                raise KryonError(message.get("message", "error"))
            return _decode(message.get("value"))
        _handle(message)  # the runtime calls back in (a listener, emit) before it answers


def _snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


kryon = types.ModuleType("kryon")
kryon.Element = Element
kryon.KryonError = KryonError


def _expose(name):
    def bridge(*args):
        return _host_call(name, list(args))
    bridge.__name__ = _snake(name)
    setattr(kryon, _snake(name), bridge)
    setattr(kryon, name, bridge)


def _log(level):
    def write(*args, sep=" ", end="\n", file=None, flush=False):
        _write_frame({"op": "log", "level": level, "text": sep.join(str(a) for a in args)})
    return write


# Scripts see these builtins only: no open, no input, no exec/eval/compile of new code, and
# imports limited to pure modules.
_ALLOWED_MODULES = {"math", "cmath", "random", "re", "json", "string", "itertools", "functools", "collections",
                    "datetime", "time", "decimal", "fractions", "statistics", "textwrap", "operator", "dataclasses",
                    "enum", "typing", "heapq", "bisect", "copy", "kryon"}
_real_import = __import__


def _import(name, globals=None, locals=None, fromlist=(), level=0):
    if level != 0 or name.split(".")[0] not in _ALLOWED_MODULES:
        raise ImportError("import of '%s' is not allowed in Kryon scripts" % name)
    if name == "kryon":
        return kryon
    return _real_import(name, globals, locals, fromlist, level)


import builtins as _builtins
_SAFE = {k: getattr(_builtins, k) for k in (
    "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "complex",
    "dict", "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex",
    "id", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object", "oct",
    "ord", "pow", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
    "staticmethod", "str", "sum", "super", "tuple", "type", "zip", "Exception", "BaseException", "ValueError",
    "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "ArithmeticError", "AttributeError", "RuntimeError",
    "StopIteration", "NotImplementedError", "ImportError", "LookupError", "OverflowError", "RecursionError",
    "MemoryError", "AssertionError", "NameError", "True", "False", "None", "NotImplemented", "__build_class__")
    if hasattr(_builtins, k)}
_SAFE["__import__"] = _import
_SAFE["print"] = _log("info")

_globals = {"__builtins__": _SAFE, "__name__": "__kryon__", "kryon": kryon}


def _guarded(run):
    _depth[0] += 1
    try:
        return run()
    finally:
        _depth[0] -= 1


def _user_functions():
    return {k: v for k, v in _globals.items() if isinstance(v, types.FunctionType) and not k.startswith("__")}


def _error_reply(call_id, e, source_name=None):
    reply = {"op": "error", "id": call_id, "message": "%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__}
    if isinstance(e, MemoryError):
        reply["kind"] = "memory"
        reply["message"] = "the script went over its memory budget (%d bytes)" % _budget["memoryBytes"]
    elif isinstance(e, RecursionError):
        reply["message"] = "stack overflow: " + reply["message"]
    if isinstance(e, SyntaxError) and e.filename:
        reply["file"], reply["line"] = e.filename, e.lineno or 1
    else:
        tb = e.__traceback__
        where = None
        while tb is not None:
            if tb.tb_frame.f_code.co_filename != __file__:
                where = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
            tb = tb.tb_next
        if where:
            reply["file"], reply["line"] = where
    # The failed call's frames still hold what it allocated (a memory bomb's list): drop their
    # locals now, so that answering does not run out of memory too.
    tb = e.__traceback__
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:  # a frame still running (this loop's own callers)
            pass
        tb = tb.tb_next
    return reply


def _limit_memory(limit):
    if resource is None:
        return
    try:
        # Address space: what the interpreter has now plus the script's budget.
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[0])
        import os
        current = pages * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (current + limit + (32 << 20), resource.RLIM_INFINITY))
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    except (OSError, ValueError):
        pass


def _handle(message):
    call_id = message.get("id")
    op = message.get("op")
    try:
        if op == "init":
            _budget.update(timeMs=message["timeMs"], memoryBytes=message["memoryBytes"], maxDepth=message["maxDepth"])
            sys.setrecursionlimit(max(50, min(message["maxDepth"] + 30, 5000)))
            for name in message["host"]:
                _expose(name)
            _limit_memory(message["memoryBytes"])
            _write_frame({"op": "result", "id": call_id, "value": sys.version.split()[0]})
            return
        if op == "expose":
            _expose(message["name"])
            return
        if op == "release":
            fn = _functions.pop(message["ref"], None)
            if fn is not None:
                _handles.pop(id(fn), None)
            return
        if op == "load":
            code = textwrap.dedent(message["code"])
            padded = "\n" * (message["firstLine"] - 1) + code
            compiled = compile(padded, message["name"], "exec")
            before = _user_functions()
            _guarded(lambda: exec(compiled, _globals))
            defined = sorted(k for k, v in _user_functions().items() if before.get(k) is not v)
            _write_frame({"op": "result", "id": call_id, "value": defined})
            return
        if op == "call":
            fn = _globals.get(message["fn"])
            if not isinstance(fn, types.FunctionType):
                _write_frame({"op": "error", "id": call_id, "kind": "notFound", "message": "no Python function named '%s' is loaded" % message["fn"]})
                return
            args = [_decode(a) for a in message["args"]]
            code = fn.__code__
            if not code.co_flags & 0x04:  # no *args: pass only as many as it takes (handlers get (value, id) or (id))
                args = args[:code.co_argcount]
            _write_frame({"op": "result", "id": call_id, "value": _encode(_guarded(lambda: fn(*args)))})
            return
        if op == "callRef":
            fn = _functions.get(message["ref"])
            if fn is None:
                _write_frame({"op": "error", "id": call_id, "kind": "notFound", "message": "the Python function value #%d was released" % message["ref"]})
                return
            args = [_decode(a) for a in message["args"]]
            _write_frame({"op": "result", "id": call_id, "value": _encode(_guarded(lambda: fn(*args)))})
            return
        if op == "setGlobal":
            _globals[message["name"]] = _decode(message["value"])
            _write_frame({"op": "result", "id": call_id, "value": None})
            return
        if op == "getGlobal":
            _write_frame({"op": "result", "id": call_id, "value": _encode(_globals.get(message["name"]))})
            return
        if op == "undefine":
            was = isinstance(_globals.get(message["name"]), types.FunctionType)
            if was:
                del _globals[message["name"]]
            _write_frame({"op": "result", "id": call_id, "value": was})
            return
        _write_frame({"op": "error", "id": call_id, "message": "unknown request %s" % op})
    except BaseException as e:  # noqa: B036 - every script failure goes back to the runtime
        if isinstance(e, SystemExit):
            raise
        _write_frame(_error_reply(call_id, e))


while True:
    _handle(_read_frame())
