package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * Images the caller may launch, narrowed by ids, owners, executable users and filters. The cloud never
 * deprecates or disables images, so IncludeDeprecated and IncludeDisabled change nothing.
 */
public final class DescribeImages implements Operation<DescribeImagesRequest, DescribeImagesResponse> {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Set<String> OWNER_ALIASES = Set.of("self", "amazon", "aws-marketplace", "aws-backup-vault");

    private final Ec2Context context;
    private final ImageDirectory directory;

    DescribeImages(Ec2Context context, ImageDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    @Override
    public DescribeImagesResponse handle(DescribeImagesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (!request.imageIds().isEmpty() && request.maxResults() != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "The parameter imageIdsSet cannot be used with the parameter maxResults");
        }
        request.owners().forEach(owner -> requireUser(owner, OWNER_ALIASES));
        request.executableUsers().forEach(user -> requireUser(user, Set.of("self", "all")));
        List<ImageDirectory.Ec2Image> candidates = request.imageIds().isEmpty()
                ? directory.visibleTo(account) : byIds(account, request.imageIds());
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<Image> images = candidates.stream()
                .filter(image -> request.owners().isEmpty()
                        || request.owners().stream().anyMatch(owner -> image.owner().matches(owner, account)))
                .filter(image -> request.executableUsers().isEmpty()
                        || request.executableUsers().stream().anyMatch(user -> executableBy(image, user, account)))
                .map(image -> ImageView.of(image, tags.getOrDefault(image.imageId(), Map.of())))
                .filter(ImageFilters.FILTERS.matcher(request.filters()))
                .toList();
        Page<Image> page = Page.of(images, Image::imageId, request.maxResults(), request.nextToken(), 5, 1000);
        return DescribeImagesResponse.builder().images(page.items()).nextToken(page.nextToken()).build();
    }

    /** The images named, in id order; every id must be well formed and visible. */
    private List<ImageDirectory.Ec2Image> byIds(String account, List<String> imageIds) {
        List<ImageDirectory.Ec2Image> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String imageId : imageIds.stream().distinct().sorted().toList()) {
            Ec2Ids.requireWellFormed(ResourceKind.IMAGE, imageId);
            Optional<ImageDirectory.Ec2Image> image = directory.find(account, imageId);
            image.ifPresentOrElse(found::add, () -> missing.add(imageId));
        }
        if (!missing.isEmpty()) {
            throw ResourceKind.IMAGE.notFound(String.join(", ", missing));
        }
        return found;
    }

    /**
     * ExecutableUsers: "all" names public images; "self" or an account id names images that account may launch
     * through an explicit permission (as owner or grantee).
     */
    private static boolean executableBy(ImageDirectory.Ec2Image image, String user, String caller) {
        if (user.equals("all")) {
            return image.image().isPublic();
        }
        String account = user.equals("self") ? caller : user;
        return image.ownedBy(account) || image.image().launchAccounts().contains(account);
    }

    private static void requireUser(String value, Set<String> aliases) {
        if (!aliases.contains(value) && !ACCOUNT_ID.matcher(value).matches()) {
            throw AwsException.badRequest("InvalidUserID.Malformed", "User ID '" + value + "' is invalid");
        }
    }
}
