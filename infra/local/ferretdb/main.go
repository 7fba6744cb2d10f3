// Command ferretdb runs FerretDB v1 (a MongoDB wire-protocol server) on the SQLite backend for local
// development and tests. infra/local/stack.sh builds it into <LOCAL_DIR>/bin/ferretdb.
//
// Why a wrapper and not `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2`:
// that command builds, but the binary panics at start-up ("Invalid build/version/version.txt file
// content"): upstream generates build/version/version.txt in its release pipeline and the file is not
// part of the published Go module. The version check only runs when FerretDB's own cmd is the main
// module, so embedding the public package github.com/FerretDB/FerretDB/ferretdb (the supported
// embedding API) sidesteps it without patching upstream sources.
//
// Differences from the upstream CLI that matter here:
//   - the embedded API keeps its process state in memory and never sends telemetry, so upstream's
//     --state-dir and --telemetry flags are not needed (and not accepted);
//   - there is no debug/metrics HTTP listener (upstream opens 127.0.0.1:8088 by default);
//   - logs go to stderr in slog's text format.
//
// The flag names match upstream's (--handler, --sqlite-url, --listen-addr, --log-level, ...), and,
// like upstream, each flag can also be given as an environment variable FERRETDB_<NAME>
// (e.g. FERRETDB_LISTEN_ADDR); a command-line flag wins over the variable.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/build/version"
	"github.com/FerretDB/FerretDB/ferretdb"
)

// envDefault returns the FERRETDB_<NAME> environment variable for a flag, or def.
func envDefault(name, def string) string {
	key := "FERRETDB_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

// ferretdbVersion returns the version of the embedded FerretDB module, e.g. "v1.24.2".
func ferretdbVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/FerretDB/FerretDB" {
				return dep.Version
			}
		}
	}
	return "unknown"
}

func main() {
	// Go's flag package accepts both -name and --name, and both "--name value" and "--name=value".
	var (
		handler    = flag.String("handler", envDefault("handler", "sqlite"), "backend handler: sqlite or postgresql")
		sqliteURL  = flag.String("sqlite-url", envDefault("sqlite-url", "file:data/"), "SQLite URI of a directory (trailing slash) for the sqlite handler")
		pgURL      = flag.String("postgresql-url", envDefault("postgresql-url", "postgres://127.0.0.1:5432/ferretdb"), "PostgreSQL URL for the postgresql handler")
		listenAddr = flag.String("listen-addr", envDefault("listen-addr", "127.0.0.1:27017"), "listen TCP address")
		listenUnix = flag.String("listen-unix", envDefault("listen-unix", ""), "listen Unix domain socket path (optional)")
		logLevel   = flag.String("log-level", envDefault("log-level", "info"), "log level: debug, info, warn or error")
		showVer    = flag.Bool("version", false, "print version and exit")
	)
	flag.Parse()

	fdbVersion := ferretdbVersion()
	// The embedded package leaves its version "unknown" (see above); fill it in so that
	// buildInfo / serverStatus report the real FerretDB version to clients and logs.
	version.Get().Version = fdbVersion
	if *showVer {
		fmt.Printf("ferretdb %s (embedded; reports MongoDB %s; built with %s)\n",
			fdbVersion, version.Get().MongoDBVersion, strings.TrimPrefix(buildGoVersion(), "go"))
		return
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: invalid --log-level %q: %v\n", *logLevel, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	if *handler == "sqlite" && !strings.HasSuffix(*sqliteURL, "/") {
		// FerretDB treats the URI as a directory (one SQLite file per database) and rejects
		// a path without the trailing slash with a less obvious message.
		fmt.Fprintf(os.Stderr, "ferretdb: --sqlite-url must name a directory and end with '/': %q\n", *sqliteURL)
		os.Exit(2)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listenAddr, Unix: *listenUnix},
		Logger:        logger,
		Handler:       *handler,
		SQLiteURL:     *sqliteURL,
		PostgreSQLURL: *pgURL,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}

	// SIGTERM (stack.sh down) and SIGINT (Ctrl-C) cancel the context; Run then closes the listener
	// and the SQLite databases cleanly before returning.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	// Always print one line, whatever the log level, so the log shows what was started.
	fmt.Fprintf(os.Stderr, "ferretdb %s (embedded, MongoDB %s wire protocol) handler=%s listening on %s\n",
		fdbVersion, version.Get().MongoDBVersion, *handler, *listenAddr)

	if err := f.Run(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "ferretdb stopped")
}

func buildGoVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		return bi.GoVersion
	}
	return "unknown"
}
