# bash completion for smtp-tutor-cli                       -*- shell-script -*-
# Installed as share/bash-completion/completions/smtp-tutor-cli; self-contained (does not need
# the bash-completion package's helpers), so it also works when sourced by hand.

_smtp_tutor_cli_scenarios()
{
    # Ask the program itself, so new built-in scenarios complete without editing this file.
    local names
    names=$("${COMP_WORDS[0]}" simulate --list-scenarios 2>/dev/null | awk '{ print $1 }')
    [[ -n $names ]] || names="relay auth-required blacklisted greylist mailbox-full shutting-down size-limit smtps submission unknown-user"
    printf '%s\n' "$names"
}

_smtp_tutor_cli()
{
    local cur prev command i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}

    local commands="explain simulate probe audit ports mx serve diagram help"
    command=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "--help --version" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        return 0
    fi

    # Values of the options that take one.
    case $command:$prev in
        probe:--tls)
            mapfile -t COMPREPLY < <(compgen -W "none starttls implicit auto" -- "$cur"); return 0 ;;
        audit:--tls)
            mapfile -t COMPREPLY < <(compgen -W "starttls implicit auto" -- "$cur"); return 0 ;;
        probe:--auth)
            mapfile -t COMPREPLY < <(compgen -W "PLAIN LOGIN CRAM-MD5 XOAUTH2" -- "$cur"); return 0 ;;
        probe:--quit-after)
            mapfile -t COMPREPLY < <(compgen -W "connect ehlo tls auth mail rcpt data" -- "$cur"); return 0 ;;
        probe:--port | audit:--port)
            mapfile -t COMPREPLY < <(compgen -W "25 465 587 2525" -- "$cur"); return 0 ;;
        probe:--password-env)
            mapfile -t COMPREPLY < <(compgen -v -- "$cur"); return 0 ;;
        probe:--password-file | probe:--cafile | audit:--cafile | audit:--html | serve:--cert | serve:--key | serve:--log | serve:--json-log)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
        diagram:--format | diagram:-f)
            mapfile -t COMPREPLY < <(compgen -W "mermaid svg" -- "$cur"); return 0 ;;
        diagram:--output | diagram:-o)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
        serve:--exam)
            mapfile -t COMPREPLY < <(compgen -W "strip-starttls starttls-refused starttls-injection greylist disconnect-421 auth-fail-then-ok size-limit" -- "$cur"); return 0 ;;
        simulate:--personality | serve:--personality)
            mapfile -t COMPREPLY < <(compgen -W "postfix exim" -- "$cur"); return 0 ;;
        simulate:--scenario | simulate:-s | serve:--scenario)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -W "$(_smtp_tutor_cli_scenarios)" -- "$cur"; compgen -f -X '!*.json' -- "$cur"; compgen -d -- "$cur")
            return 0 ;;
        audit:--ehlo | audit:--dns-server | audit:--timeout | probe:--ehlo | probe:--user | probe:--from | probe:--to | probe:--timeout | ports:--timeout | ports:--ports | \
        explain:--width | serve:--listen | serve:--implicit-tls-listen | serve:--max-connections | serve:--idle-timeout | \
        serve:--greylist-delay | serve:--exam-time)
            return 0 ;;
    esac

    local options
    case $command in
        explain) options="--json --width --help" ;;
        simulate) options="--scenario --personality --explain --list-scenarios --help --help-all" ;;
        probe) options="--port --tls --ehlo --user --password-env --password-file --auth --from --to --send
                        --quit-after --cafile --insecure --allow-plaintext-auth --timeout --json --help" ;;
        audit) options="--port --tls --cafile --ehlo --no-relay-test --dns-server --timeout --json --html --verbose --help" ;;
        ports) options="--ports --timeout --json --help" ;;
        mx) options="--json --help" ;;
        serve) options="--listen --implicit-tls-listen --scenario --personality --cert --key --max-connections --idle-timeout
                        --exam --greylist-delay --exam-time --json-log --log --quiet --help --help-all" ;;
        diagram) options="--format --output --times --help" ;;
        *) return 0 ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    elif [[ $command == diagram ]]; then
        # The input: a recorded session (JSON) or - for standard input.
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -W "-" -- "$cur"; compgen -f -X '!*.json' -- "$cur"; compgen -d -- "$cur")
    elif [[ $command == explain ]]; then
        mapfile -t COMPREPLY < <(compgen -W "- 25 465 587 2525 EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET VRFY NOOP QUIT" -- "$cur")
    fi
    return 0
}

complete -F _smtp_tutor_cli smtp-tutor-cli
