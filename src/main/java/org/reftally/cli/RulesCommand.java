package org.reftally.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reftally.scheme.Rule;
import org.reftally.scheme.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally rules}: the named rules with their legal reference and a one-line explanation. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the named rules (--rule NAME) with their legal reference.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Rule rule : RuleBook.all()) {
            out.println(rule.name());
            out.println("    " + rule.reference());
            out.println("    " + rule.explanation());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
