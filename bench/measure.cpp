// SPDX-License-Identifier: GPL-3.0-or-later
//
// irndesk-measure OUT ERR PROGRAM [ARGS...]
//
// Runs PROGRAM with its standard output into the file OUT and its standard error into ERR, waits
// for it, and prints one line: "<exit code> <wall seconds> <cpu seconds> <peak RSS kB>".
//
// Why a program of its own: Linux carries a process's peak RSS (ru_maxrss) across exec(), and a
// child made by fork() or vfork() starts with its parent's. A child of irndesk-bench, which holds
// tens of MB by the time it measures, would report at least that. This program is small and
// without Qt, so what its child reports is the child's own peak (plus a MB or so).

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: irndesk-measure OUT ERR PROGRAM [ARGS...]\n");
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("irndesk-measure: fork");
        return 2;
    }
    if (pid == 0) {
        const int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out < 0 || err < 0 || dup2(out, STDOUT_FILENO) < 0 || dup2(err, STDERR_FILENO) < 0) {
            _exit(126);
        }
        close(out);
        close(err);
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::perror("irndesk-measure: wait4");
        return 2;
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    std::printf("%d %.6f %.6f %ld\n", code, wall, cpu, usage.ru_maxrss);
    return 0;
}
