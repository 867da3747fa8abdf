#!/bin/sh
# Started by the Lambda Web Adapter (AWS_LAMBDA_EXEC_WRAPPER=/opt/bootstrap): the Wedge's report API,
# listening on the port the adapter forwards to. DuckDB's linux-x86_64 native sits unpacked in native/duckdb.
exec java \
  -Dmicronaut.server.port="${PORT:-8080}" \
  -Djava.io.tmpdir=/tmp \
  -cp "$LAMBDA_TASK_ROOT/lib/*:$LAMBDA_TASK_ROOT/native/duckdb" \
  com.netra.apex.report.ReportApplication
