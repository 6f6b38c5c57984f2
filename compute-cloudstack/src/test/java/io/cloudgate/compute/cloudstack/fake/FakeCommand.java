package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One API command of the fake: the object that goes under {@code <command>response}. */
@FunctionalInterface
interface FakeCommand {
    ObjectNode run(FakeRequest request);
}
