#!/usr/bin/env bash
# Every check that needs a GPU, in one run within a time budget: GPU time is scarce and often lent by
# the minute, so the steps run most-wanted first, each under its own limit, and a step that would not
# fit in what is left is skipped (and said) rather than cut off half-way.
#
#   bash bench/gpu_run.sh OUT_DIR [BUDGET_SECONDS]      # default budget 540 s
#   STEPS="serve_bench gpu_tests" bash bench/gpu_run.sh OUT_DIR 300   # some steps, in that order
#
# Each step's whole output lands in OUT_DIR/<step>.log; the last 30 lines of each are echoed.
set -u
out=${1:-gpu_out}
budget=${2:-540}
py=${PYTHON:-python3}
mkdir -p "$out"
export PYTHONUNBUFFERED=1
start=$SECONDS

left() { echo $((budget - (SECONDS - start))); }

stop_ray() { # a step killed at its limit leaves Ray's daemons holding GPU memory
    pkill -f 'ray/core/src/ray/(raylet|gcs)' 2>/dev/null
    pkill -f 'ray::' 2>/dev/null
    pkill -f 'ray/_private' 2>/dev/null
    sleep 1
}

step() { # NAME LIMIT_SECONDS COMMAND...; returns 2 when skipped, else 0 (whatever the command did)
    local name=$1 limit=$2 l t rc
    shift 2
    l=$(left)
    if ((l < 45)); then
        echo "== $name: skipped, ${l}s of the budget left"
        return 2
    fi
    ((limit > l)) && limit=$l
    echo "== $name (limit ${limit}s) at $(date +%T)"
    t=$SECONDS
    timeout -k 10 "$limit" "$@" >"$out/$name.log" 2>&1
    rc=$?
    echo "== $name: rc=$rc after $((SECONDS - t))s"
    tail -n 30 "$out/$name.log"
    return 0
}

run_step() {
    case $1 in
    env) step env 60 bash -c "nvidia-smi -L; $py - <<'EOF'
import importlib, platform, torch
print('python', platform.python_version(), '| torch', torch.__version__, '| cuda', torch.version.cuda,
      '|', torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'no GPU')
for name in ('diffusers', 'transformers', 'accelerate', 'ray', 'pydantic', 'plotly', 'numpy', 'PIL'):
    try:
        print(name, importlib.import_module(name).__version__)
    except Exception as err:
        print(name, 'MISSING', type(err).__name__, err)
import ray.serve, generators.serve, render  # the service's and the renderer's imports resolve
EOF" ;;
    diffusion_sd_turbo) step "$1" 150 "$py" bench/diffusion_bench.py --models sd-turbo ;;
    diffusion_sdxl_turbo) step "$1" 150 "$py" bench/diffusion_bench.py --models sdxl-turbo ;;
    serve_bench) step "$1" 240 "$py" bench/serve_bench.py --num-cpus 4 --requests 32 && stop_ray ;; # 48 × 6 rows × 3 rounds passed 180 s on an H200
    diffusion_ablation) step "$1" 150 "$py" bench/diffusion_bench.py --models sd-turbo --ablate --iters 10 ;;
    # the tests that only mean something on a GPU first: in 150 s an H200 ran 28 of the rest
    gpu_tests) step "$1" 150 bash -c "$py -m pytest -q -p no:cacheprovider -m gpu tests/test_diffusion.py \
        tests/test_clips.py; $py -m pytest -q -p no:cacheprovider -m 'not gpu' tests/test_diffusion.py tests/test_clips.py" ;;
    serve_tests) step "$1" 150 "$py" -m pytest -q -p no:cacheprovider tests/test_serve.py \
        tests/test_serve_process.py && stop_ray ;;
    diffusion_compiled) step "$1" 150 "$py" bench/diffusion_bench.py --models sd-turbo --compile regional ;;
    *) echo "== $1: no such step" ;;
    esac
}

for name in ${STEPS:-env gpu_tests serve_bench diffusion_ablation serve_tests diffusion_sd_turbo diffusion_sdxl_turbo diffusion_compiled}; do
    run_step "$name"
done
echo "== done in $((SECONDS - start))s"
