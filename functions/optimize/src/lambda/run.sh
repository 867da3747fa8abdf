#!/bin/sh
# Started by the Lambda Web Adapter (AWS_LAMBDA_EXEC_WRAPPER=/opt/bootstrap): the same gateway app
# that runs locally, listening on the port the adapter forwards to.
exec java \
  -Dmicronaut.server.port="${PORT:-8080}" \
  -cp "$LAMBDA_TASK_ROOT/lib/*:$LAMBDA_TASK_ROOT/native/onnxruntime:$LAMBDA_TASK_ROOT/native/tokenizers" \
  com.netra.apex.optimize.GatewayApplication
