/** What several instances of the gateway share: the locks of the jobs that run on one instance at a time. */
package vn.hanoi.gateway.cluster;
