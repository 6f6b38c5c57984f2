package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.ComputeException.Kind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Images: the public catalog, account images and who may see and launch them. */
public interface ImageKit extends ComputeKitFixture {

    @Test
    default void publicCatalogIsTheSameForEveryAccount() {
        String first = newAccount();
        String second = newAccount();
        List<Image> catalog = compute().images().visibleTo(first).stream().filter(i -> i.owner() == null).toList();
        assertThat(catalog).isNotEmpty().allMatch(Image::isPublic);
        assertThat(catalog).extracting(Image::architecture).contains("x86_64", "arm64");
        assertThat(compute().images().visibleTo(second)).filteredOn(i -> i.owner() == null)
                .containsExactlyElementsOf(catalog);
        Image image = catalog.get(0);
        assertThat(compute().images().find(second, image.id())).contains(image);
    }

    @Test
    default void capturedImageIsPendingThenAvailableAndPrivateToItsOwner() {
        String owner = newAccount();
        String other = newAccount();
        Machine machine = launchRunning(owner);
        Image captured = compute().images().capture(owner, machine.id(), "kit-capture", "captured by the kit");
        assertThat(captured.owner()).isEqualTo(owner);
        assertThat(captured.isPublic()).isFalse();
        assertThat(captured.state()).isIn("pending", "available");
        assertThat(captured.rootDeviceName()).isEqualTo(machine.rootDeviceName());
        assertFails(Kind.ALREADY_EXISTS, () -> compute().images().capture(owner, machine.id(), "kit-capture", null));
        Image available = await(() -> compute().images().find(owner, captured.id()).orElseThrow(),
                image -> image.state().equals("available"));
        assertThat(compute().images().visibleTo(owner)).contains(available);
        assertThat(compute().images().find(other, captured.id())).isEmpty();
        assertThat(compute().images().visibleTo(other)).extracting(Image::id).doesNotContain(captured.id());

        Image copy = compute().images().copy(owner, captured.id(), "kit-copy", null);
        assertThat(copy.id()).isNotEqualTo(captured.id());
        assertThat(copy.sizeGib()).isEqualTo(captured.sizeGib());
        assertFails(Kind.NOT_FOUND, () -> compute().images().copy(other, captured.id(), "stolen", null));
    }

    @Test
    default void sharingControlsWhoSeesAndLaunchesAnImage() {
        String owner = newAccount();
        String friend = newAccount();
        String stranger = newAccount();
        Image captured = compute().images().capture(owner, launchRunning(owner).id(), "kit-shared", null);
        await(() -> compute().images().find(owner, captured.id()).orElseThrow(), i -> i.state().equals("available"));

        Image shared = compute().images().share(owner, captured.id(), false, Set.of(friend));
        assertThat(shared.launchAccounts()).containsExactly(friend);
        assertThat(compute().images().visibleTo(friend)).extracting(Image::id).contains(captured.id());
        assertThat(compute().images().find(stranger, captured.id())).isEmpty();
        LaunchSpec b = basicSpec(friend);
        Machine launched = compute().machines().launch(friend, new LaunchSpec(captured.id(), b.machineType(), null,
                null, List.of(), null, null, List.of(), null, false));
        assertThat(launched.imageId()).isEqualTo(captured.id());
        assertFails(Kind.NOT_FOUND, () -> compute().images().share(friend, captured.id(), true, Set.of()));

        compute().images().share(owner, captured.id(), true, Set.of());
        assertThat(compute().images().find(stranger, captured.id())).isPresent();
        assertThat(compute().images().find(friend, captured.id()).orElseThrow().isPublic()).isTrue();

        compute().images().share(owner, captured.id(), false, Set.of());
        assertThat(compute().images().find(friend, captured.id())).isEmpty();
        assertThat(compute().images().find(stranger, captured.id())).isEmpty();

        compute().images().deregister(owner, captured.id());
        assertThat(compute().images().find(owner, captured.id())).isEmpty();
        assertFails(Kind.NOT_FOUND, () -> compute().images().deregister(owner, captured.id()));
    }

    @Test
    default void catalogImagesCannotBeDeregisteredOrSharedByAccounts() {
        String account = newAccount();
        Image image = publicImage(account, "x86_64");
        assertFails(Kind.NOT_FOUND, () -> compute().images().deregister(account, image.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().images().share(account, image.id(), false, Set.of()));
        assertFails(Kind.NOT_FOUND, () -> compute().images().register(account, "x", null, null, null,
                "no-such-snapshot"));
    }
}
